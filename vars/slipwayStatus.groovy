// slipwayStatus: what runs now — containers, images, proxy weights and canary state, services.
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    return slipwayRun('status', cfg)
}
