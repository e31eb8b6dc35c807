// slipwayFlags: Redis-backed feature flags and the toggle server (action: list, get, set, toggle, audit, up).
def call(Map config = [:]) {
    Map cfg = [app: '.'] << config
    String action = cfg.remove('action')
    if (!action) error('slipwayFlags: parameter "action" is required (list, get, set, toggle, audit or up)')
    List words = ['flags', action]
    if (action in ['get', 'set', 'toggle']) {
        String name = cfg.remove('name')
        if (!name) error("slipwayFlags: action \"${action}\" needs parameter \"name\", e.g. name: 'myflag'")
        words << name
    }
    if (action == 'set') {
        def value = cfg.remove('value')
        if (value == null) error('slipwayFlags: action "set" needs parameter "value", e.g. value: \'enable\'')
        words << value.toString()
    }
    return slipwayRun(words.join(' '), cfg, ['flagsTokenId', 'redisUrlId'])
}
