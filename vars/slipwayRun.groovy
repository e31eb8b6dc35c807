// The one runner every slipway step goes through: writes the slipway bundle (a library resource) into the
// build's temp dir once, runs it with a single-quoted sh (Groovy interpolates nothing into the command line),
// passes the command and its options as JSON in SLIPWAY_PARAMS, secrets only through withCredentials, and
// turns the JSON result file the bundle writes into a return value or error("[slipway <command>] ...").
import groovy.json.JsonOutput
import groovy.json.JsonSlurperClassic
import groovy.transform.Field

/** Credential-id parameters, and the environment variable each secret reaches the bundle as. */
@Field static final Map CREDENTIAL_PARAMS = [
    adminTokenId   : 'SLIPWAY_ADMIN_TOKEN',
    flagsTokenId   : 'SLIPWAY_FLAGS_TOKEN',
    datadogApiKeyId: 'DD_API_KEY',
    datadogAppKeyId: 'DD_APP_KEY',
    redisUrlId     : 'REDIS_URL',
]

/** The command line: literal, single-quoted, the same for every call. */
@Field static final String RUNNER = 'node "$SLIPWAY_BUNDLE" --params-from-env SLIPWAY_PARAMS --result-file "$SLIPWAY_RESULT"'

/** Bundle paths already written in this build (the var instance lives as long as the build). */
@Field Map writtenBundles = [:]
@Field int runs = 0

/**
 * command: the slipway command, e.g. 'build' or 'canary abort' (more words: positional arguments).
 * params: the step's Map; credential ids (adminTokenId, ...) are taken out, the rest become --options.
 * credentialParams: the credential-id parameters this step uses, e.g. ['adminTokenId'].
 */
def call(String command, Map params = [:], List credentialParams = []) {
    if (!command?.trim()) error('slipwayRun: parameter "command" is required, e.g. slipwayRun(\'build\', [app: \'.\'])')
    List words = command.trim().tokenize(' ')
    String step = "slipway ${words.join(' ')}"
    Map options = [:]
    List bindings = []
    for (String key in new ArrayList(params.keySet())) {
        def value = params[key]
        if (CREDENTIAL_PARAMS.containsKey(key)) {
            if (value && (key in credentialParams)) {
                bindings << string(credentialsId: value.toString(), variable: CREDENTIAL_PARAMS[key])
            }
        } else if (key ==~ /(?i).*(token|password|secret|apikey|appkey|redisurl).*/) {
            error("[${step}] parameter \"${key}\" looks like a secret: pass the id of a Jenkins credential instead (${CREDENTIAL_PARAMS.keySet().join(', ')})")
        } else if (value != null) {
            options[key] = value
        }
    }

    String bundle = bundlePath()
    runs++
    String resultFile = "${bundle.substring(0, bundle.lastIndexOf('/'))}/result-${runs}.json"
    // a result left by an earlier build must never be read as this run's
    writeFile(file: resultFile, text: '')
    String paramsJson = JsonOutput.toJson([command: words, options: options])
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

/** Writes the bundle into the build's temp dir the first time a step needs it in this build. */
String bundlePath() {
    String bundle = "${pwd(tmp: true)}/slipway/slipway.cjs"
    if (!writtenBundles[bundle]) {
        writeFile(file: bundle, text: libraryResource('slipway/slipway.cjs'))
        writtenBundles[bundle] = true
    }
    return bundle
}
