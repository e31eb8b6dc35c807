// slipwayTest: runs the app's own tests inside the built image and writes JUnit XML for the junit step.
def call(Map config = [:]) {
    Map cfg = [app: '.', junit: 'reports/junit.xml'] << config
    return slipwayRun('test', cfg)
}
