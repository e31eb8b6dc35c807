// slipwayDeploy: deploys an image as production or canary behind the canary proxy, with zero downtime.
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    if (!cfg.role) error('slipwayDeploy: parameter "role" is required (production or canary)')
    if (!cfg.image) error('slipwayDeploy: parameter "image" is required (the image slipwayBuild returned, e.g. climbing-grade:1a2b3c4d5e6f)')
    return slipwayRun('deploy', cfg)
}
