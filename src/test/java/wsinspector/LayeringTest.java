package wsinspector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md: only ui imports JavaFX; the core (and export) imports nothing from net, cli or ui. */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("wsinspector");

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("wsinspector.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void coreImportsNeitherNetNorCliNorUi() {
        noClasses().that().resideInAnyPackage("wsinspector.protocol..", "wsinspector.legacy..",
                        "wsinspector.dissect..", "wsinspector.capture..", "wsinspector.explain..", "wsinspector.exercise..",
                        "wsinspector.export..")
                .should().dependOnClassesThat().resideInAnyPackage("wsinspector.net..", "wsinspector.cli..", "wsinspector.ui..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void protocolKnowsNothingOfTheDissectorOrLegacy() {
        noClasses().that().resideInAPackage("wsinspector.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("wsinspector.dissect..", "wsinspector.legacy..",
                        "wsinspector.capture..", "wsinspector.explain..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    /** Handouts are made from the dissection alone: the window and the command line both call them, never the reverse. */
    @Test
    void handoutsNeedNoCaptureReaderNorNetwork() {
        noClasses().that().resideInAPackage("wsinspector.export..")
                .should().dependOnClassesThat().resideInAnyPackage("wsinspector.capture..", "wsinspector.net..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void netDoesNotReachIntoTheUi() {
        noClasses().that().resideInAPackage("wsinspector.net..")
                .should().dependOnClassesThat().resideInAnyPackage("wsinspector.ui..", "wsinspector.cli..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    /** The window puts the parts together; the parts (files, session, timeline, inspector, live panes, steps) never reach back. */
    @Test
    void theWindowsPartsDoNotReachBackIntoTheWindow() {
        noClasses().that().resideInAnyPackage("wsinspector.ui.file..", "wsinspector.ui.session..", "wsinspector.ui.timeline..",
                        "wsinspector.ui.inspect..", "wsinspector.ui.live..", "wsinspector.ui.step..")
                .should().dependOnClassesThat().resideInAPackage("wsinspector.ui.window..")
                .check(MAIN);
    }
}
