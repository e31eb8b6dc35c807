// slipwayBuild: builds the app's image (tags <app>:<git-sha> and <app>:<branch>); returns [image:, id:, tags:, ...].
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    return slipwayRun('build', cfg)
}
