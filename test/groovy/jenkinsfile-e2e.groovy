// Jenkinsfile.example end to end under Groovy 2.4: the real vars, the real bundle, a real sh, for a push to main
// and then to staging of a git repository of the sample app. Prints "SLIPWAY_GROOVY_RESULTS <json>" as
// vars-tests.groovy does; test/groovy/jenkinsfile.test.ts prepares the parts, then checks what runs afterwards.
// Usage: groovy -cp test/groovy/harness test/groovy/jenkinsfile-e2e.groovy <repo root> <bundle> <setup.json>
import groovy.json.JsonSlurper

File root = new File(args[0]).canonicalFile
String bundle = args[1]
/** workspace, credentials (id → secret), env, log (file for the build log) */
Map setup = (Map) new JsonSlurper().parse(new File(args[2]))
File workspace = new File(setup.workspace)
File app = new File(workspace, 'examples/climbing-grade')
File log = new File(setup.log)
log.text = ''

def git = { List words ->
    Process p = (['git', '-C', app.path] + words).execute()
    String out = p.inputStream.text.trim()
    if (p.waitFor() != 0) throw new IllegalStateException("git ${words.join(' ')}: ${p.errorStream.text}")
    out
}

List tests = []
Map roles = [main: 'production', staging: 'canary']
for (String pushed in ['main', 'staging']) {
    String branch = pushed
    tests << [name: "Jenkinsfile.example for a push to ${branch} runs every stage of slipway pipeline for real".toString(), body: {
        PipelineFake f = new PipelineFake(root, null, workspace)
        f.realShell = true
        f.bundleOverride = bundle
        f.credentials.putAll(setup.credentials)
        f.env.putAll(setup.env)
        f.env.BRANCH_NAME = branch
        f.onCheckout = {
            git(['checkout', '-q', branch])
            f.scmVars.GIT_COMMIT = git(['rev-parse', 'HEAD'])
            f.scmVars.GIT_BRANCH = "origin/${branch}".toString()
        }
        try {
            f.runScript(new File(root, 'Jenkinsfile.example'))
        } finally {
            log << "── push to ${branch}\n" << f.buildLog() << '\n'
        }
        String role = roles[branch]
        assert f.stages() == ['Checkout', 'provision', 'base image', "build ${role} (${branch})", "test ${role}", 'analyse', "deploy ${role}", 'proxy', 'toggle server', 'monitors (Datadog)', 'autoscaler']
        assert f.callsOf('junit')*.args == [[testResults: "reports/junit-${role}.xml".toString()]]
        assert f.callsOf('recordIssues').size() == 1
        assert VarConventions.secretLeaks(f).isEmpty()
    }]
}

GroovyTests.report(tests)
