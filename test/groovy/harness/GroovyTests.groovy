import groovy.json.JsonOutput

/** Runs the collected [name, body] tests and prints the one line test/support/groovy.ts reads. */
class GroovyTests {
    static void report(List tests) {
        List results = tests.collect { Map t ->
            try {
                t.body.call()
                [name: t.name, ok: true]
            } catch (Throwable e) {
                [name: t.name, ok: false, message: "${e.getClass().simpleName}: ${e.message}".toString()]
            }
        }
        println 'SLIPWAY_GROOVY_RESULTS ' + JsonOutput.toJson(results)
    }
}
