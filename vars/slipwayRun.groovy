// The one runner every slipway step goes through: writes the slipway bundle (a library resource) into the
// build's temp dir once, checks the parameters against the command's declaration (resources/slipway/commands.json,
// generated from the TypeScript commands), binds exactly the credentials the command reads, runs the bundle with a
// single-quoted sh (Groovy interpolates nothing into the command line) with the command, its positional arguments
// and its options as JSON in SLIPWAY_PARAMS, and turns the JSON result file into a return value or
// error("[slipway <command>] ...").
import groovy.json.JsonOutput
import groovy.json.JsonSlurperClassic
import groovy.transform.Field

/** The command line: literal, single-quoted, the same for every call. */
@Field static final String RUNNER = 'node "$SLIPWAY_BUNDLE" --params-from-env SLIPWAY_PARAMS --result-file "$SLIPWAY_RESULT"'

/** Bundle paths already written in this build (the var instance lives as long as the build). */
@Field Map writtenBundles = [:]
@Field int runs = 0
@Field Map table = null

/**
 * command: the slipway command, e.g. 'build' or 'canary abort'.
 * params: the step's Map: options by their camelCase names, positional arguments by name, credential ids.
 * args: the positional arguments as a list, instead of taking them from params by name.
 */
def call(String command, Map params = [:], List args = null) {
    if (!command?.trim()) error('slipwayRun: parameter "command" is required, e.g. slipwayRun(\'build\', [app: \'.\'])')
    List words = command.trim().tokenize(' ')
    String step = "slipway ${words.join(' ')}"
    Map decl = commandTable().commands[words.join(' ')]
    if (decl == null) error("[${step}] no such command; there are: ${commandTable().commands.keySet().join(', ')}")
    Map given = new LinkedHashMap(params)
    List bindings = credentialBindings(decl, given)
    List positionals = []
    if (args == null) positionals = takePositionals(step, decl, given)
    else for (Object a in args) positionals << a.toString()
    Map options = checkedOptions(step, decl, given)
    return run(step, words, positionals, options, bindings)
}

/** The command declarations, read once per build. */
Map commandTable() {
    if (table == null) table = new JsonSlurperClassic().parseText(libraryResource('slipway/commands.json')) as Map
    return table
}

/** The actions a step offers, for its error messages: "up or status". */
String actionsOf(String var) {
    List actions = commandTable().vars[var].actions
    return actions.size() > 1 ? "${actions[0..-2].join(', ')} or ${actions[-1]}" : actions.join('')
}

/** withCredentials bindings for the secrets the command reads, from the ids the caller gave; every id is taken out. */
List credentialBindings(Map decl, Map given) {
    Map credentials = commandTable().credentials
    List bindings = []
    for (String param in new ArrayList(credentials.keySet())) {
        def id = given.remove(param)
        String variable = credentials[param]
        if (id && decl.secrets.contains(variable)) bindings << string(credentialsId: id.toString(), variable: variable)
    }
    return bindings
}

List takePositionals(String step, Map decl, Map given) {
    List values = []
    for (Map p in decl.positionals) {
        def value = given.remove(p.name)
        if (value == null) error("[${step}] parameter \"${p.name}\" is required: ${p.describe}")
        values << value.toString()
    }
    return values
}

/** The remaining parameters as options: each one the command declares, required ones present, nothing secret. */
Map checkedOptions(String step, Map decl, Map given) {
    Map known = [:]
    for (Map o in commandTable().globalOptions + decl.options) known[o.param] = o
    Map options = [:]
    for (String key in new ArrayList(given.keySet())) {
        def value = given[key]
        if (key ==~ /(?i).*(token|password|secret|apikey|appkey|redisurl).*/) {
            error("[${step}] parameter \"${key}\" looks like a secret: pass the id of a Jenkins credential instead (${commandTable().credentials.keySet().join(', ')})")
        }
        if (!known.containsKey(key)) error("[${step}] unknown parameter \"${key}\": it takes ${known.keySet().join(', ')}")
        if (value != null) options[key] = value
    }
    for (Map o in decl.options) {
        if (o.required && options[o.param] == null) error("[${step}] parameter \"${o.param}\" is required: ${o.describe}")
    }
    return options
}

Object run(String step, List words, List positionals, Map options, List bindings) {
    String bundle = bundlePath()
    runs++
    String resultFile = "${bundle.substring(0, bundle.lastIndexOf('/'))}/result-${runs}.json"
    // a result left by an earlier build must never be read as this run's
    writeFile(file: resultFile, text: '')
    String paramsJson = JsonOutput.toJson([command: words, args: positionals, options: options])
    int status = 0
    List stepEnv = ["SLIPWAY_PARAMS=${paramsJson}".toString(), "SLIPWAY_BUNDLE=${bundle}".toString(), "SLIPWAY_RESULT=${resultFile}".toString()]
    withEnv(stepEnv) {
        withCredentials(bindings) {
            status = sh(script: RUNNER, returnStatus: true)
        }
    }
    String text = readFile(resultFile)
    if (!text?.trim()) {
        error("[${step}] the step stopped without a result (exit ${status}): is Node.js 20 or newer on this agent's PATH? Its output is above.")
    }
    Map result = new JsonSlurperClassic().parseText(text) as Map
    if (!result.ok) {
        error("[${step}] ${result.error ?: "failed with exit code ${result.exitCode}"}")
    }
    if (result.result == null) return [:]
    return result.result instanceof Map ? result.result : [value: result.result]
}

/** Writes the bundles into the build's temp dir the first time a step needs them in this build: the CLI, and beside it
 *  the autoscaler's own, which `autoscaler up` puts into the runtime image with it. */
String bundlePath() {
    String dir = "${pwd(tmp: true)}/slipway"
    String bundle = "${dir}/slipway.cjs"
    if (!writtenBundles[bundle]) {
        for (String name in ['slipway.cjs', 'autoscaler.cjs']) {
            writeFile(file: "${dir}/${name}", text: libraryResource("slipway/${name}"))
        }
        writtenBundles[bundle] = true
    }
    return bundle
}
