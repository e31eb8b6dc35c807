// slipwayPipeline: the whole path from a push to production, configured by one Map (as jenkins-infra's
// buildPlugin() is): checkout → build → test → analyse → deploy (production from main, canary from staging)
// → monitors → proxy → autoscaler. Test and analysis reports are published even when their step fails.
def call(Map config = [:]) {
    Map cfg = [
        app             : '.',
        label           : null,
        productionBranch: 'main',
        canaryBranch    : 'staging',
        junit           : 'reports/junit.xml',
        report          : 'reports/analysis.sarif',
        githubPush      : true,
        pollSCM         : 'H/5 * * * *',
        timeoutMinutes  : 60,
        monitors        : true,
        proxy           : true,
        autoscaler      : true,
        publishAnalysis : true,
    ] << config
    Map credentials = [:]
    for (String key in ['adminTokenId', 'flagsTokenId', 'datadogApiKeyId', 'datadogAppKeyId', 'redisUrlId']) {
        if (cfg[key]) credentials[key] = cfg[key]
    }
    setTriggers(cfg)

    Map results = [:]
    Closure body = {
        timeout(time: cfg.timeoutMinutes, unit: 'MINUTES') {
            stage('Checkout') {
                Map scmVars = checkout(scm) ?: [:]
                results.branch = env.BRANCH_NAME ?: stripRemote(scmVars.GIT_BRANCH)
                results.commit = scmVars.GIT_COMMIT
            }
            // Jenkins checks out a detached HEAD: the build step reads the branch and commit from these
            List revisionEnv = []
            if (results.commit) revisionEnv << "GIT_COMMIT=${results.commit}".toString()
            if (results.branch) revisionEnv << "BRANCH_NAME=${results.branch}".toString()
            withEnv(revisionEnv) {
                runStages(cfg, credentials, results)
            }
        }
    }
    if (cfg.label) {
        node(cfg.label, body)
    } else {
        node(body)
    }
    return results
}

void runStages(Map cfg, Map credentials, Map results) {
    stage('Build') {
        results.build = slipwayBuild(app: cfg.app)
    }
    stage('Test') {
        try {
            results.test = slipwayTest(app: cfg.app, image: results.build.image, junit: cfg.junit)
        } finally {
            if (fileExists(cfg.junit)) junit(testResults: cfg.junit)
        }
    }
    stage('Analyse') {
        String missingPlugin = null
        try {
            results.analyse = slipwayAnalyse(app: cfg.app, report: cfg.report)
        } finally {
            if (cfg.publishAnalysis && fileExists(cfg.report)) missingPlugin = publishAnalysis(cfg.report)
            // the analysis failed too: its error goes on, and this one is still said
            if (missingPlugin && results.analyse == null) echo(missingPlugin)
        }
        if (missingPlugin) error(missingPlugin)
    }

    String role = roleFor(cfg, results.branch)
    if (!role) {
        echo "slipwayPipeline: branch '${results.branch}' is neither '${cfg.productionBranch}' (production) nor '${cfg.canaryBranch}' (canary): built, tested and analysed, not deployed"
        return
    }
    stage("Deploy ${role}") {
        results.deploy = slipwayDeploy([app: cfg.app, role: role, image: results.build.image] << credentials)
    }
    if (cfg.monitors) {
        stage('Monitors') {
            results.monitors = slipwayMonitors([app: cfg.app, action: 'apply'] << credentials)
        }
    }
    if (cfg.proxy) {
        stage('Proxy') {
            results.proxy = slipwayProxy([app: cfg.app, action: 'up'] << credentials)
        }
    }
    if (cfg.autoscaler) {
        stage('Autoscaler') {
            results.autoscaler = slipwayAutoscaler([app: cfg.app, action: 'up'] << credentials)
        }
    }
}

/** production for the production branch, canary for the canary branch, nothing for any other. */
String roleFor(Map cfg, String branch) {
    if (branch == cfg.productionBranch) return 'production'
    if (branch == cfg.canaryBranch) return 'canary'
    return null
}

String stripRemote(String branch) {
    return branch ? branch.replaceFirst(/^(refs\/heads\/|origin\/)/, '') : null
}

/** Push webhook first, polling as the fallback for pushes whose webhook never arrives. */
void setTriggers(Map cfg) {
    List triggers = []
    if (cfg.githubPush) {
        try {
            triggers << githubPush()
        } catch (NoSuchMethodError e) {
            echo 'slipwayPipeline: the GitHub plugin is not installed, so no push webhook trigger; polling instead'
        }
    }
    if (cfg.pollSCM) triggers << pollSCM(cfg.pollSCM)
    if (triggers) properties([pipelineTriggers(triggers)])
}

/** Publishes the SARIF report through Warnings NG; returns a message when that plugin is missing. */
String publishAnalysis(String report) {
    try {
        recordIssues(tools: [sarif(pattern: report, id: 'slipway-analyse', name: 'slipway analyse')], enabledForFailure: true)
        return null
    } catch (NoSuchMethodError e) {
        return "slipwayPipeline: publishing ${report} needs the Warnings Next Generation plugin (warnings-ng, for recordIssues and sarif): install it, or set publishAnalysis: false"
    }
}
