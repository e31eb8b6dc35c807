import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.customizers.ImportCustomizer

/**
 * A small stand-in for the Jenkins pipeline steps the vars use. It loads the real vars/*.groovy files, runs them
 * against real files in a temp workspace, and records every step call (with the environment at that moment).
 * The slipway command itself is answered by `slipway` (a closure), or really run when `realShell` is set.
 */
class PipelineFake {
    static final Map<String, Class> compiled = [:]
    static final CompilerConfiguration compilerConfig = jenkinsCompilerConfig()

    final File repoRoot
    final List<File> varDirs
    final File workspace
    final File tmpDir
    /** Jenkins' env, as the steps see it right now (withEnv and withCredentials add to it). */
    final Map<String, String> env = [:]
    final List<Map> calls = []
    /** credentialsId → secret value, as the Jenkins credentials store would hold them. */
    final Map<String, String> credentials = [:]
    /** Values that withCredentials put in the environment: none may show up in a command line. */
    final Set<String> secretValues = [] as Set
    final Set<String> missingSteps = [] as Set
    final Map<String, Object> scmVars = [GIT_COMMIT: '0123456789abcdef0123456789abcdef01234567', GIT_BRANCH: 'origin/main']
    /** Answers a slipway run: (List words, Map options, Map env) → the result document the bundle would write. */
    Closure slipway = { List words, Map options, Map env -> defaultAnswer(words, options) }
    boolean realShell = false
    /** What checkout(scm) does besides returning scmVars (the end-to-end run checks out a real branch). */
    Closure onCheckout = null
    String bundleOverride = null
    final Binding binding = new Binding()
    final Map<String, Script> vars = [:]

    PipelineFake(File repoRoot, List<File> varDirs = null, File workspace = null) {
        this.repoRoot = repoRoot
        this.varDirs = varDirs ?: [new File(repoRoot, 'vars')]
        this.workspace = workspace ?: File.createTempDir('slipway-ws', '')
        tmpDir = new File(this.workspace.path + '@tmp')
        tmpDir.mkdirs()
        env.WORKSPACE = this.workspace.path
        env.BUILD_TAG = 'jenkins-slipway-1'
        installSteps()
        loadVars()
    }

    static CompilerConfiguration jenkinsCompilerConfig() {
        CompilerConfiguration cc = new CompilerConfiguration()
        ImportCustomizer imports = new ImportCustomizer()
        imports.addImports('org.jenkinsci.plugins.workflow.libs.Library')
        cc.addCompilationCustomizers(imports)
        return cc
    }

    /** One class per var file for the whole JVM run; one instance per fake, as Jenkins has one per build. */
    static Class compile(File file) {
        String key = file.canonicalPath + ':' + file.lastModified()
        if (!compiled.containsKey(key)) {
            GroovyShell shell = new GroovyShell(PipelineFake.classLoader, new Binding(), compilerConfig)
            compiled[key] = shell.parse(file).getClass()
        }
        return compiled[key]
    }

    void loadVars() {
        for (File dir in varDirs) {
            dir.listFiles().findAll { it.name.endsWith('.groovy') }.sort { it.name }.each { File f ->
                String name = f.name - '.groovy'
                Script script = (Script) compile(f).newInstance()
                script.binding = binding
                vars[name] = script
                binding.setVariable(name, new VarHandle(script))
            }
        }
    }

    /** Runs a Jenkinsfile (or any pipeline script) against the same steps and vars. */
    Object runScript(File file) {
        Script script = (Script) compile(file).newInstance()
        script.binding = binding
        return script.run()
    }

    Object call(String var, Object... args) {
        if (!vars.containsKey(var)) throw new IllegalArgumentException("no var ${var}")
        return vars[var].invokeMethod('call', args)
    }

    List<Map> callsOf(String step) { calls.findAll { it.step == step } }

    List<String> stages() { callsOf('stage')*.name }

    /** The console log Jenkins would show: what the steps echoed, what sh printed, how the run stopped. */
    String buildLog() {
        calls.collect { Map c -> c.step == 'echo' || c.step == 'error' ? c.message : c.step == 'sh' ? "+ ${c.script}\n${c.output ?: ''}" : null }.findAll { it != null }.join('\n')
    }

    /** Every slipway run: the command words and options it got through SLIPWAY_PARAMS. */
    List<Map> slipwayRuns() {
        callsOf('sh').findAll { it.slipway }.collect { it.slipway }
    }

    /** What the real bundle answers on success, with the report files it writes. */
    Map defaultAnswer(List words, Map options) {
        if (words == ['pipeline', 'stages']) return realStages(options)
        Map result = [:]
        if (words[0] == 'build') result = [image: 'climbing-grade:0123456789ab', id: 'sha256:' + ('ab' * 32), tags: ['climbing-grade:0123456789ab', 'climbing-grade:main']]
        if (words[0] == 'test') {
            File junit = resolve(options.junit.toString())
            junit.parentFile.mkdirs()
            junit.text = '<testsuites><testsuite name="grades" tests="1"><testcase name="converts" classname="climbing-grade.grades"/></testsuite></testsuites>'
            result = [tests: 1, passed: 1, failed: 0, skipped: 0, junit: junit.path]
        }
        if (words[0] == 'analyse') {
            File report = resolve(options.report.toString())
            report.parentFile.mkdirs()
            report.text = '{"version":"2.1.0","runs":[]}'
            result = [ok: true, report: report.path]
        }
        return [ok: true, exitCode: 0, command: words.join(' '), result: result]
    }

    /** The real bundle's stage list (a pure function of the app's config), for an app given relative to this repo. */
    Map realStages(Map options) {
        File app = new File(options.app.toString()).absolute ? new File(options.app.toString()) : new File(repoRoot, options.app.toString())
        List<String> cmd = ['node', bundleOverride ?: new File(repoRoot, 'resources/slipway/slipway.cjs').path, 'pipeline', 'stages', '--json', '--app', app.path, '--branch', options.branch.toString(), '--reports', options.reports.toString()]
        if (options.skipProvision) cmd << '--skip-provision'
        if (options.config) cmd += ['--config', options.config.toString()]
        Map out = runProcess(cmd, false)
        if (out.status != 0) throw new IllegalStateException("slipway pipeline stages failed (exit ${out.status})")
        return [ok: true, exitCode: 0, command: 'pipeline stages', result: new JsonSlurper().parseText(out.stdout).result]
    }

    /** A failed run, as the bundle reports it. */
    static Map failure(int exitCode, String error) {
        [ok: false, exitCode: exitCode, error: error]
    }

    private Map record(String step, Map details) {
        Map call = [step: step] + details
        calls << call
        return call
    }

    private File resolve(String path) {
        File f = new File(path)
        return f.absolute ? f : new File(workspace, path)
    }

    private Object withEnvVars(Map<String, String> added, Closure body) {
        Map<String, String> saved = new LinkedHashMap<String, String>(env)
        env.putAll(added)
        try {
            return body.call()
        } finally {
            env.clear()
            env.putAll(saved)
        }
    }

    private void installSteps() {
        binding.setVariable('env', env)
        binding.setVariable('scm', [$class: 'GitSCM'])
        binding.setVariable('currentBuild', [result: null])
        Map steps = [
            sh             : { Object arg -> sh(arg) },
            error          : { String message -> record('error', [message: message]); throw new PipelineError(message) },
            echo           : { Object message -> record('echo', [message: String.valueOf(message)]) },
            writeFile      : { Map args ->
                File f = resolve(args.file.toString())
                f.parentFile.mkdirs()
                f.text = args.text.toString()
                record('writeFile', [file: f.path, size: args.text.toString().length()])
            },
            readFile       : { Object args ->
                String path = args instanceof Map ? args.file : args
                record('readFile', [file: path])
                File f = resolve(path.toString())
                if (!f.exists()) throw new PipelineError("java.nio.file.NoSuchFileException: ${f.path}")
                return f.text
            },
            fileExists     : { Object path -> resolve(path.toString()).exists() },
            libraryResource: { String name ->
                record('libraryResource', [name: name])
                if (name == 'slipway/slipway.cjs' && bundleOverride) return new File(bundleOverride).text
                File f = new File(repoRoot, "resources/${name}")
                if (!f.exists()) throw new PipelineError("No such library resource ${name} could be found.")
                return f.text
            },
            string         : { Map args -> [$class: 'StringBinding'] + args },
            withCredentials: { List bindings, Closure body ->
                Map<String, String> added = [:]
                for (Map b in bindings) {
                    String value = credentials[b.credentialsId]
                    if (value == null) throw new PipelineError("Could not find credentials entry with ID '${b.credentialsId}'")
                    added[b.variable] = value
                    secretValues << value
                }
                record('withCredentials', [ids: bindings*.credentialsId, variables: bindings*.variable])
                withEnvVars(added, body)
            },
            withEnv        : { List overrides, Closure body ->
                Map<String, String> added = [:]
                for (Object o in overrides) {
                    String s = o.toString()
                    added[s.substring(0, s.indexOf('='))] = s.substring(s.indexOf('=') + 1)
                }
                record('withEnv', [vars: added.keySet() as List])
                withEnvVars(added, body)
            },
            stage          : { String name, Closure body -> record('stage', [name: name]); body.call() },
            dir            : { String path, Closure body -> record('dir', [path: path]); body.call() },
            pwd            : { Map args = [:] -> args?.tmp ? tmpDir.path : workspace.path },
            node           : { Object[] args -> record('node', [label: args.length > 1 ? args[0] : null]); ((Closure) args[-1]).call() },
            timeout        : { Map args, Closure body -> record('timeout', args); body.call() },
            input          : { Map args -> record('input', [args: args]); null },
            checkout       : { Object scm -> record('checkout', [:]); onCheckout?.call(); new LinkedHashMap(scmVars) },
            junit          : { Object args -> record('junit', [args: args]) },
            recordIssues   : { Map args -> record('recordIssues', [args: args]) },
            sarif          : { Map args -> [$class: 'Sarif'] + args },
            properties     : { List props -> record('properties', [props: props]) },
            pipelineTriggers: { List triggers -> [$class: 'PipelineTriggersJobProperty', triggers: triggers] },
            githubPush     : { -> [$class: 'GitHubPushTrigger'] },
            pollSCM        : { String spec -> [$class: 'SCMTrigger', spec: spec] },
            isUnix         : { -> true },
        ]
        steps.each { String name, Closure impl ->
            binding.setVariable(name, { Object[] args ->
                // Jenkins without the plugin: "No such DSL method" is a NoSuchMethodError
                if (name in missingSteps) throw new NoSuchMethodError("No such DSL method '${name}' found among steps")
                impl.call(*args)
            })
        }
    }

    private Object sh(Object arg) {
        Object script = arg instanceof Map ? arg.script : arg
        boolean returnStatus = arg instanceof Map && arg.returnStatus
        boolean returnStdout = arg instanceof Map && arg.returnStdout
        Map call = record('sh', [script: script.toString(), interpolated: script instanceof GString, env: new LinkedHashMap(env)])
        int status = 0
        String stdout = ''
        if (script.toString().contains('--params-from-env SLIPWAY_PARAMS')) {
            Map params = (Map) new JsonSlurper().parseText(env.SLIPWAY_PARAMS)
            call.slipway = [command: params.command, args: params.args, options: params.options]
            if (realShell) {
                Map out = runReal(script.toString())
                status = out.status
                stdout = out.stdout
                call.output = out.stdout
            } else {
                Map doc = (Map) slipway.call(params.command, params.options, new LinkedHashMap(env))
                if (doc != null) new File(env.SLIPWAY_RESULT).text = JsonOutput.toJson(doc)
                status = doc?.exitCode ?: 0
            }
        }
        if (returnStatus) return status
        if (status != 0) throw new PipelineError("script returned exit code ${status}")
        return returnStdout ? stdout : null
    }

    private Map runReal(String script) {
        return runProcess(['sh', '-c', script], true)
    }

    /** Runs a process in the workspace with the steps' env; stderr goes to the log, or with stdout (as sh shows it). */
    private Map runProcess(List<String> command, boolean mergeStderr) {
        ProcessBuilder pb = new ProcessBuilder(command)
        pb.directory(workspace)
        pb.environment().putAll(env)
        if (mergeStderr) pb.redirectErrorStream(true)
        else pb.redirectError(ProcessBuilder.Redirect.INHERIT)
        Process p = pb.start()
        String out = p.inputStream.text
        int status = p.waitFor()
        return [status: status, stdout: out]
    }
}
