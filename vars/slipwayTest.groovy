// slipwayTest: runs the app's own tests inside the built image and writes JUnit XML for the junit step.
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    return slipwayRun('test', cfg)
}
