/**
 * What a var's name means in a pipeline script, as in Jenkins: calling it runs its call(), and its other methods
 * can be called on it (slipwayRun.commandTable()).
 */
class VarHandle extends Closure implements GroovyInterceptable {
    final Script script

    VarHandle(Script script) {
        super(script)
        this.script = script
    }

    Object doCall(Object... args) {
        return script.invokeMethod('call', args)
    }

    @Override
    Object invokeMethod(String name, Object args) {
        if (name == 'call' || name == 'doCall') return script.invokeMethod('call', args)
        return script.invokeMethod(name, args)
    }
}
