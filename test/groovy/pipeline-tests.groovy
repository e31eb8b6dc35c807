// slipwayPipeline and Jenkinsfile.example under the step fake; evaluated by vars-tests.groovy, whose binding
// gives it test, fake, expectError, root and commandsJson.
// ── the pipeline ────────────────────────────────────────────────────────────────────────────────────────
def pipelineOn = { String branch ->
    def f = fake()
    f.env.BRANCH_NAME = branch
    f.credentials.putAll(VarConventions.SECRETS)
    Map results = f.call('slipwayPipeline', [app: 'examples/climbing-grade'] + VarConventions.CREDENTIAL_IDS)
    [f, results]
}

test('slipwayPipeline on main: one Jenkins stage per stage of `slipway pipeline stages`, production deployed') {
    def (f, results) = pipelineOn('main')
    assert f.stages() == ['Checkout', 'provision', 'base image', 'build production (main)', 'test production', 'analyse', 'deploy production', 'proxy', 'toggle server', 'monitors (Datadog)', 'autoscaler']
    List runs = f.slipwayRuns()
    assert runs*.command == [['pipeline', 'stages'], ['provision'], ['base-image'], ['build'], ['test'], ['analyse'], ['deploy'], ['proxy', 'up'], ['flags', 'up'], ['monitors', 'apply'], ['autoscaler', 'up']]
    assert runs[0].options == [app: 'examples/climbing-grade', branch: 'main', reports: 'reports', skipProvision: false]
    assert runs[4].options.image == 'climbing-grade:0123456789ab'
    assert runs[6].options == [app: 'examples/climbing-grade', role: 'production', image: 'climbing-grade:0123456789ab']
    assert results.roles == ['production']
    assert results.stages['deploy production'] != null
}

test('slipwayPipeline on staging deploys the canary: branch → role comes from the app config') {
    def (f, results) = pipelineOn('staging')
    assert f.stages().contains('deploy canary')
    assert f.slipwayRuns().find { it.command == ['deploy'] }.options.role == 'canary'
}

test('slipwayPipeline on any other branch builds, tests and analyses but deploys nothing') {
    def (f, results) = pipelineOn('feature/grades')
    assert f.stages() == ['Checkout', 'provision', 'base image', 'build (feature/grades)', 'test', 'analyse']
    assert f.callsOf('echo').any { it.message.contains("branch 'feature/grades' is neither deploy.production.branch nor deploy.canary.branch") }
}

test('slipwayPipeline refuses the old productionBranch parameter: the mapping is the app config') {
    def f = fake()
    String message = expectError { f.call('slipwayPipeline', [productionBranch: 'main']) }
    assert message.contains('unknown parameter "productionBranch"')
    assert message.contains('deploy.production.branch')
    assert f.callsOf('sh').isEmpty()
}

test('slipwayPipeline gives the build step the commit and branch of the detached checkout') {
    def f = fake()
    f.call('slipwayPipeline', [app: 'examples/climbing-grade'])
    Map buildSh = f.callsOf('sh').find { it.slipway?.command == ['build'] }
    assert buildSh.env.GIT_COMMIT == f.scmVars.GIT_COMMIT
    assert buildSh.env.BRANCH_NAME == 'main'
}

test('slipwayPipeline publishes the JUnit and SARIF reports the stages name') {
    def (f, results) = pipelineOn('main')
    assert f.callsOf('junit')*.args == [[testResults: 'reports/junit-production.xml']]
    Map issues = f.callsOf('recordIssues')[0].args
    assert issues.tools[0].pattern == 'reports/analysis.sarif'
}

test('slipwayPipeline publishes the JUnit report of red tests, then fails') {
    def f = fake()
    f.slipway = { List w, Map o, Map e ->
        if (w[0] != 'test') return f.defaultAnswer(w, o)
        f.defaultAnswer(w, o)
        PipelineFake.failure(1, '1 of 1 test failed')
    }
    String message = expectError { f.call('slipwayPipeline', [app: 'examples/climbing-grade']) }
    assert message == '[slipway test] 1 of 1 test failed'
    assert f.callsOf('junit').size() == 1
    assert !f.stages().contains('analyse')
}

test('slipwayPipeline says clearly when the Warnings NG plugin is missing') {
    def f = fake()
    f.missingSteps << 'recordIssues'
    String message = expectError { f.call('slipwayPipeline', [app: 'examples/climbing-grade']) }
    assert message.contains('Warnings Next Generation plugin')
    assert message.contains('publishAnalysis: false')
}

test('slipwayPipeline triggers on the push webhook with polling as the fallback, defaults from commands.json') {
    def f = fake()
    f.call('slipwayPipeline', [app: 'examples/climbing-grade'])
    List triggers = f.callsOf('properties')[0].props[0].triggers
    assert triggers*.get('$class') == ['GitHubPushTrigger', 'SCMTrigger']
    assert triggers[1].spec == commandsJson.vars.slipwayPipeline.params.find { it.name == 'pollSCM' }.default
}

test('slipwayPipeline polls only when the GitHub plugin is missing') {
    def f = fake()
    f.missingSteps << 'githubPush'
    f.call('slipwayPipeline', [app: 'examples/climbing-grade'])
    assert f.callsOf('properties')[0].props[0].triggers*.get('$class') == ['SCMTrigger']
}

// ── the progressive rollout in Jenkins ─────────────────────────────────────────────────────────────────
def progressiveOn = { String branch, Closure answers ->
    File config = File.createTempFile('slipway-progressive', '.json')
    config.deleteOnExit()
    config.text = '{"canary": {"strategy": "progressive", "steps": [{"weight": 20, "holdSec": 60}, {"gate": "manual"}, {"weight": 50, "holdSec": 60}]}}'
    def f = fake()
    f.env.BRANCH_NAME = branch
    f.credentials.putAll(VarConventions.SECRETS)
    List waits = []
    f.slipway = { List w, Map o, Map e ->
        if (w == ['canary', 'wait']) {
            waits << o
            return answers(waits.size())
        }
        f.defaultAnswer(w, o)
    }
    [f, { -> f.call('slipwayPipeline', [app: 'examples/climbing-grade', config: config.path] + VarConventions.CREDENTIAL_IDS) }, waits]
}
def rolloutAt = { String phase, int step, String kind, int weight -> [ok: true, exitCode: 0, result: [phase: phase, status: [phase: phase, step: step, steps: 3, stepKind: kind, weight: weight, canary: [image: 'climbing-grade:0123456789ab'], lastJudgment: [reason: 'canary 5xx 0.4 % vs production 0.5 %']]]] }

test('slipwayPipeline on the canary branch shows each rollout step as a stage and a manual gate as an input step') {
    def (f, run, waits) = progressiveOn('staging') { int n ->
        n == 1 ? rolloutAt('progressing', 2, 'gate', 20) : n == 2 ? rolloutAt('progressing', 3, 'weight', 50) : rolloutAt('promoted', 3, 'done', 50)
    }
    Map results = run()
    List stages = f.stages()
    assert stages.indexOf('rollout controller') == stages.indexOf('proxy') + 1
    assert stages.takeRight(5) == ['autoscaler', 'rollout: first step', 'rollout: manual gate at step 2/3', 'rollout: after the gate at step 2', 'rollout: step 3/3 at 50 %']
    assert waits.every { it.stepEnd == true }
    assert f.callsOf('input').size() == 1
    assert f.callsOf('input')[0].args.message.contains('It gets 20 % of the traffic now')
    List runs = f.slipwayRuns()*.command
    assert runs.indexOf(['canary', 'continue']) > runs.indexOf(['canary', 'wait'])
    assert results.stages['canary rollout'].phase == 'promoted'
}

test('slipwayPipeline fails the build with the judgment when the rollout aborts') {
    def (f, run, waits) = progressiveOn('staging') { int n -> PipelineFake.failure(1, 'the rollout of climbing-grade:0123456789ab was aborted: analysis failed: canary 5xx 3.4 % vs production 0.5 % (p=0.0003 < 0.02)') }
    String message = expectError { run() }
    assert message.contains('was aborted: analysis failed: canary 5xx 3.4 %')
    assert f.callsOf('input').isEmpty()
}

test('slipwayPipeline on the production branch starts the rollout controller but waits for no rollout') {
    def (f, run, waits) = progressiveOn('main') { int n -> throw new IllegalStateException('no wait on main') }
    run()
    assert f.stages().contains('rollout controller')
    assert !f.stages().any { it.startsWith('rollout:') }
}

// ── Jenkinsfile.example ─────────────────────────────────────────────────────────────────────────────────
test('Jenkinsfile.example compiles under Groovy 2.4 and runs the pipeline for main') {
    def f = fake()
    f.env.BRANCH_NAME = 'main'
    f.credentials.putAll(['slipway-admin-token': 'a-5ecret-1', 'slipway-webhook-token': 'a-5ecret-6', 'slipway-flags-token': 'a-5ecret-2', 'datadog-api-key': 'a-5ecret-3', 'datadog-app-key': 'a-5ecret-4', 'slipway-redis-url': 'redis://:a-5ecret-5@127.0.0.1:6379'])
    f.runScript(new File(root, 'Jenkinsfile.example'))
    assert f.stages().contains('deploy production')
    assert f.callsOf('properties')[0].props[0].triggers*.get('$class') == ['GitHubPushTrigger', 'SCMTrigger']
    assert VarConventions.secretLeaks(f).isEmpty()
}
