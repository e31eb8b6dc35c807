// Every var under real Groovy 2.4 against PipelineFake, in one JVM. Prints one line
// "SLIPWAY_GROOVY_RESULTS <json>" with [{name, ok, message}] for test/groovy/vars.test.ts to report.
// Usage: groovy -cp test/groovy/harness test/groovy/vars-tests.groovy <repo root> [bundle for the real run]
import groovy.json.JsonSlurper

File root = new File(args[0]).canonicalFile
String realBundle = args.length > 1 ? args[1] : null
List tests = []
def test = { String name, Closure body -> tests << [name: name, body: body] }
def fake = { new PipelineFake(root) }
def expectError = { Closure body ->
    try {
        body.call()
    } catch (PipelineError e) {
        return e.message
    }
    throw new AssertionError('expected the step to stop with error()')
}

/** The convention table: for each var, a call that works and the parameters it cannot do without. */
Map table = [
    slipwayRun       : [args: [command: 'build', app: '.'], required: ['command']],
    slipwayBuild     : [args: [:], required: []],
    slipwayTest      : [args: [:], required: []],
    slipwayAnalyse   : [args: [:], required: []],
    slipwayDeploy    : [args: [role: 'canary', image: 'climbing-grade:0123456789ab'], required: ['role', 'image']],
    slipwayRollback  : [args: [role: 'production'], required: ['role']],
    slipwayProxy     : [args: [action: 'up'], required: ['action']],
    slipwayCanary    : [args: [action: 'weights', split: 'production=3,canary=1'], required: ['action', 'split']],
    slipwayFlags     : [args: [action: 'set', name: 'myflag', value: 'enable'], required: ['action', 'name', 'value']],
    slipwayMonitors  : [args: [action: 'apply'], required: ['action']],
    slipwayAutoscaler: [args: [action: 'up'], required: ['action']],
    slipwayRollout   : [args: [action: 'up'], required: ['action']],
    slipwayStatus    : [args: [:], required: []],
    slipwayPipeline  : [args: [app: 'examples/climbing-grade'], required: []],
]
Map commandsJson = new JsonSlurper().parse(new File(root, 'resources/slipway/commands.json'))

// ── the runner ──────────────────────────────────────────────────────────────────────────────────────────
test('slipwayRun passes the command, its arguments and options as JSON in SLIPWAY_PARAMS and runs one literal, single-quoted sh') {
    def f = fake()
    f.call('slipwayRun', 'canary weights', [app: 'examples/climbing-grade', dryRun: true, split: 'production=2,canary=1'])
    Map sh = f.callsOf('sh')[0]
    assert sh.script == 'node "$SLIPWAY_BUNDLE" --params-from-env SLIPWAY_PARAMS --result-file "$SLIPWAY_RESULT"'
    assert !sh.interpolated
    assert new JsonSlurper().parseText(sh.env.SLIPWAY_PARAMS) == [command: ['canary', 'weights'], args: ['production=2,canary=1'], options: [app: 'examples/climbing-grade', dryRun: true]]
    assert sh.env.SLIPWAY_BUNDLE == "${f.tmpDir.path}/slipway/slipway.cjs"
    assert new File(sh.env.SLIPWAY_BUNDLE).text == new File(root, 'resources/slipway/slipway.cjs').text
}

test('slipwayRun keeps a positional argument one word, even with spaces and dashes in it') {
    def f = fake()
    f.call('slipwayFlags', [action: 'set', name: 'myflag', value: 'a --string=x -y'])
    assert f.slipwayRuns()[0] == [command: ['flags', 'set'], args: ['myflag', 'a --string=x -y'], options: [app: '.']]
}

test('slipwayRun writes the bundles from libraryResource once per build') {
    def f = fake()
    f.call('slipwayBuild', [:])
    f.call('slipwayTest', [:])
    f.call('slipwayStatus', [:])
    assert f.callsOf('libraryResource')*.name == ['slipway/commands.json', 'slipway/slipway.cjs', 'slipway/autoscaler.cjs']
    assert f.callsOf('writeFile').findAll { it.file.endsWith('slipway.cjs') }.size() == 1
    assert f.callsOf('writeFile').findAll { it.file.endsWith('/slipway/autoscaler.cjs') }.size() == 1
    assert f.callsOf('sh').size() == 3
}

test('slipwayRun returns the result of the command') {
    def f = fake()
    Map built = f.call('slipwayBuild', [app: 'examples/climbing-grade'])
    assert built.image == 'climbing-grade:0123456789ab'
    assert f.slipwayRuns()[0] == [command: ['build'], args: [], options: [app: 'examples/climbing-grade']]
}

test('slipwayRun turns a failed run into error("[slipway <command>] <message>")') {
    def f = fake()
    f.slipway = { List w, Map o, Map e -> PipelineFake.failure(1, '3 of 137 tests failed:\n  ✘ grades › converts 5.10a') }
    String message = expectError { f.call('slipwayTest', [app: 'examples/climbing-grade']) }
    assert message.startsWith('[slipway test] 3 of 137 tests failed')
}

test('slipwayRun says what to do when the bundle wrote no result (no Node on the agent)') {
    def f = fake()
    f.slipway = { List w, Map o, Map e -> null }
    String message = expectError { f.call('slipwayBuild', [:]) }
    assert message.contains('[slipway build] the step stopped without a result')
    assert message.contains('Node.js 20')
}

test('slipwayRun never reads a result left by an earlier build') {
    def f = fake()
    new File(f.tmpDir, 'slipway').mkdirs()
    new File(f.tmpDir, 'slipway/result-1.json').text = '{"ok":true,"exitCode":0,"result":{"image":"stale:1"}}'
    f.slipway = { List w, Map o, Map e -> null }
    String message = expectError { f.call('slipwayBuild', [:]) }
    assert message.contains('without a result')
}

test('slipwayRun binds only the credentials the command reads, and never passes an id as an option') {
    def f = fake()
    f.credentials.putAll(VarConventions.SECRETS)
    f.call('slipwayDeploy', [role: 'canary', image: 'climbing-grade:abc', adminTokenId: 'cred-admin', datadogApiKeyId: 'cred-dd-api', redisUrlId: 'cred-redis'])
    Map creds = f.callsOf('withCredentials')[0]
    assert creds.ids == ['cred-admin', 'cred-redis']
    assert creds.variables == ['SLIPWAY_ADMIN_TOKEN', 'REDIS_URL']
    assert commandsJson.commands.deploy.secrets.sort() == creds.variables.sort()
    Map sh = f.callsOf('sh')[0]
    assert sh.env.SLIPWAY_ADMIN_TOKEN == 'Adm1n-T0ken-5ecret'
    assert !sh.env.containsKey('DD_API_KEY')
    assert f.slipwayRuns()[0].options == [app: '.', role: 'canary', image: 'climbing-grade:abc']
}

test('slipwayRun refuses a secret passed as a value instead of a credential id') {
    def f = fake()
    String message = expectError { f.call('slipwayStatus', [adminToken: 'Adm1n-T0ken-5ecret']) }
    assert message.contains('"adminToken" looks like a secret')
    assert message.contains('adminTokenId')
    assert f.callsOf('sh').isEmpty()
}

test('slipwayRun refuses a parameter its command does not take, naming what it takes') {
    def f = fake()
    String message = expectError { f.call('slipwayDeploy', [role: 'canary', image: 'x:1', imgae: 'x:2']) }
    assert message.contains('[slipway deploy] unknown parameter "imgae"')
    assert message.contains('image')
    assert f.callsOf('sh').isEmpty()
}

test('an unknown command or action stops before any sh, naming the commands there are') {
    def f = fake()
    String message = expectError { f.call('slipwayCanary', [action: 'promot']) }
    assert message.startsWith('[slipway canary promot] no such command')
    assert message.contains('canary promote')
    assert f.callsOf('sh').isEmpty()
}

test('slipwayRun names a missing credential id the way Jenkins does') {
    def f = fake()
    String message = expectError { f.call('slipwayStatus', [adminTokenId: 'no-such-credential']) }
    assert message.contains("Could not find credentials entry with ID 'no-such-credential'")
}

// ── the step vars ───────────────────────────────────────────────────────────────────────────────────────
test('slipwayTest and slipwayAnalyse leave the report paths to the command, whose defaults Jenkins publishes from') {
    def f = fake()
    f.call('slipwayTest', [:])
    f.call('slipwayAnalyse', [:])
    assert f.slipwayRuns()*.options == [[app: '.'], [app: '.']]
    assert commandsJson.commands.test.options.find { it.param == 'junit' }.default == 'reports/junit.xml'
    assert commandsJson.commands.analyse.options.find { it.param == 'report' }.default == 'reports/analysis.sarif'
}

test('slipwayCanary turns the action into a subcommand and split into its argument') {
    def f = fake()
    f.call('slipwayCanary', [action: 'abort'])
    f.call('slipwayCanary', [action: 'weights', split: 'production=3,canary=1'])
    assert f.slipwayRuns()*.command == [['canary', 'abort'], ['canary', 'weights']]
    assert f.slipwayRuns()*.args == [[], ['production=3,canary=1']]
    assert f.slipwayRuns()*.options == [[app: '.'], [app: '.']]
    String message = expectError { f.call('slipwayCanary', [action: 'weights']) }
    assert message.contains('"split"')
}

test('a step without its action lists the actions its commands offer') {
    def f = fake()
    String message = expectError { f.call('slipwayFlags', [:]) }
    assert message == 'slipwayFlags: parameter "action" is required (up, list, get, set, toggle, audit, import, export or rollout)'
}

test('slipwayFlags runs "flags set" with name and value as arguments and binds the Redis URL it reads') {
    def f = fake()
    f.credentials.putAll(['cred-flags': 'Fl4gs-T0ken-5ecret', 'cred-redis': 'redis://:pw@127.0.0.1:6379'])
    f.call('slipwayFlags', [action: 'set', name: 'myflag', value: 'enable', flagsTokenId: 'cred-flags', redisUrlId: 'cred-redis'])
    assert f.slipwayRuns()[0] == [command: ['flags', 'set'], args: ['myflag', 'enable'], options: [app: '.']]
    assert f.callsOf('withCredentials')[0].variables == ['REDIS_URL']
    f.call('slipwayFlags', [action: 'up', flagsTokenId: 'cred-flags', redisUrlId: 'cred-redis'])
    assert f.callsOf('withCredentials')[1].variables == ['SLIPWAY_FLAGS_TOKEN', 'REDIS_URL']
}

test('slipwayMonitors, slipwayProxy and slipwayAutoscaler run their action as a subcommand') {
    def f = fake()
    f.call('slipwayMonitors', [action: 'plan'])
    f.call('slipwayProxy', [action: 'up', weights: 'production=2,canary=1'])
    f.call('slipwayAutoscaler', [action: 'status'])
    f.call('slipwayRollback', [role: 'production'])
    assert f.slipwayRuns()*.command == [['monitors', 'plan'], ['proxy', 'up'], ['autoscaler', 'status'], ['rollback']]
    assert f.slipwayRuns()[1].options == [app: '.', weights: 'production=2,canary=1']
}

// ── the pipeline and Jenkinsfile.example ──────────────────────────────────────────────────────────────────
[test: test, fake: fake, expectError: expectError, root: root, commandsJson: commandsJson].each { k, v -> binding.setVariable(k, v) }
evaluate(new File(root, 'test/groovy/pipeline-tests.groovy'))

// ── conventions over every var ──────────────────────────────────────────────────────────────────────────
VarConventions conventions = new VarConventions(root, [new File(root, 'vars')], table)
test('the convention table covers every var in vars/') {
    assert conventions.varNames() == table.keySet().sort()
}
for (String name in conventions.varNames()) {
    String varName = name
    test("convention: ${varName} has help, stops clearly without a required parameter, keeps secrets off sh, binds exactly its command's secrets") {
        List problems = conventions.problems(varName)
        assert problems.isEmpty() : problems.join('\n')
    }
}

test('convention check catches a var that interpolates a secret into sh (fixtures/leaky-vars)') {
    def leaky = new VarConventions(root, [new File(root, 'test/groovy/fixtures/leaky-vars')], [slipwayLeaky: [args: [:], required: ['adminTokenId']]])
    List problems = leaky.problems('slipwayLeaky')
    assert problems.any { it.contains('a secret is in the sh command line: node slipway.cjs canary abort --token <secret>') } : problems.join('\n')
}

test('convention check fails when slipwayRun is changed to interpolate a secret into sh') {
    File copy = File.createTempDir('slipway-mutated-vars', '')
    new File(root, 'vars').eachFile { File f -> new File(copy, f.name).text = f.text }
    File runner = new File(copy, 'slipwayRun.groovy')
    String original = 'status = sh(script: RUNNER, returnStatus: true)'
    assert runner.text.contains(original)
    runner.text = runner.text.replace(original, 'status = sh(script: "${RUNNER} --admin-token ${env.SLIPWAY_ADMIN_TOKEN}", returnStatus: true)')
    List problems = new VarConventions(root, [copy], table).problems('slipwayDeploy')
    assert problems.any { it.contains('a secret is in the sh command line') && it.contains('--admin-token <secret>') } : problems.join('\n')
}

test('convention check fails when slipwayRun binds a credential its command does not read') {
    File copy = File.createTempDir('slipway-mutated-vars', '')
    new File(root, 'vars').eachFile { File f -> new File(copy, f.name).text = f.text }
    File runner = new File(copy, 'slipwayRun.groovy')
    String original = 'if (id && decl.secrets.contains(variable))'
    assert runner.text.contains(original)
    runner.text = runner.text.replace(original, 'if (id)')
    List problems = new VarConventions(root, [copy], table).problems('slipwayDeploy')
    assert problems.any { it.contains('slipway deploy got the secrets') && it.contains('DD_API_KEY') } : problems.join('\n')
}

// ── the real bundle, end to end ─────────────────────────────────────────────────────────────────────────
if (realBundle) {
    test('slipwayAnalyse runs the real bundle through sh and returns its result') {
        def f = fake()
        f.realShell = true
        f.bundleOverride = realBundle
        // the bundle runs from the build's temp dir, away from slipway's node_modules: name the ESLint to use
        f.env.SLIPWAY_ESLINT = new File(root, 'node_modules/eslint/bin/eslint.js').path
        File app = new File(f.workspace, 'app')
        new File(root, 'examples/climbing-grade').eachFileRecurse { File src ->
            if (src.isFile() && !src.path.contains('/node_modules/')) {
                File dest = new File(app, src.path.substring(new File(root, 'examples/climbing-grade').path.length()))
                dest.parentFile.mkdirs()
                dest.bytes = src.bytes
            }
        }
        Map result = f.call('slipwayAnalyse', [app: 'app', report: 'reports/analysis.sarif'])
        assert result.ok == true
        assert result.gates*.name == ['lint', 'audit']
        assert new File(f.workspace, 'reports/analysis.sarif').exists()
        String message = expectError { f.call('slipwayDeploy', [app: 'app', role: 'sideways', image: 'x:1']) }
        assert message.startsWith('[slipway deploy] ')
        assert message.contains('role')
    }
}

GroovyTests.report(tests)
