// slipwayPipeline: the whole path from a push to production, configured by one Map (as jenkins-infra's
// buildPlugin() is): checkout, then the stages of `slipway pipeline` for the pushed branch, one Jenkins stage each,
// as the bundle lists them (`slipway pipeline stages`): the branch → role mapping is the app's config
// (deploy.production.branch, deploy.canary.branch). Test and analysis reports are published even when their stage fails.
def call(Map config = [:]) {
    Map cfg = [app: '.']
    for (Map p in slipwayRun.commandTable().vars.slipwayPipeline.params) cfg[p.name] = p.default
    List known = ['app', 'config', 'dryRun'] + cfg.keySet() + slipwayRun.commandTable().credentials.keySet()
    for (String key in config.keySet()) {
        if (!known.contains(key)) error("slipwayPipeline: unknown parameter \"${key}\" (it takes ${known.unique().join(', ')}); which branch deploys which role is the app's config: deploy.production.branch, deploy.canary.branch")
    }
    cfg << config
    Map credentials = [:]
    for (String param in slipwayRun.commandTable().credentials.keySet()) {
        if (cfg[param]) credentials[param] = cfg[param]
    }
    setTriggers(cfg)

    Map results = [stages: [:]]
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
    Map common = [app: cfg.app]
    if (cfg.config) common.config = cfg.config
    if (cfg.dryRun) common.dryRun = true
    Map plan = slipwayRun('pipeline stages', common + credentials + [branch: results.branch, reports: cfg.reports, skipProvision: !cfg.provision])
    results.roles = plan.roles
    if (!plan.roles) {
        echo "slipwayPipeline: branch '${results.branch}' is neither deploy.production.branch nor deploy.canary.branch of the app's config: built, tested and analysed, not deployed"
    }
    for (Map s in plan.stages) {
        if (s.rollout) {
            results.stages[s.name] = runRollout(common + credentials + s.options)
            continue
        }
        stage(s.name) {
            results.stages[s.name] = runStage(cfg, s, common + credentials, results)
        }
    }
}

/** The progressive rollout, one Jenkins stage per step; a manual gate is an input step; an abort fails the build with its judgment. */
Map runRollout(Map params) {
    String name = 'rollout: first step'
    while (true) {
        Map r = null
        stage(name) {
            r = slipwayRun('canary wait', params + [stepEnd: true])
        }
        if (r.phase == 'promoted') return r
        Map st = r.status
        if (!st?.phase) error("slipwayPipeline: slipway canary wait gave no rollout status: ${r}")
        if (st.phase == 'progressing' && st.stepKind == 'gate') {
            stage("rollout: manual gate at step ${st.step}/${st.steps}") {
                input(message: "Continue the rollout of ${st.canary?.image ?: 'the canary'}? It gets ${st.weight} % of the traffic now; the last judgment: ${st.lastJudgment?.reason ?: 'none yet'}", ok: 'Continue')
                slipwayRun('canary continue', params)
            }
            name = "rollout: after the gate at step ${st.step}"
        } else {
            name = st.phase == 'paused' ? "rollout: paused at step ${st.step} (${st.reason})" : "rollout: step ${st.step}/${st.steps} at ${st.weight} %"
        }
    }
}

/** One stage: its command with the options an earlier stage's result gives; its report published even when it fails. */
Object runStage(Map cfg, Map s, Map params, Map results) {
    Map options = params + s.options
    Map from = s.from ?: [:]
    for (String option in from.keySet()) options[option] = results.stages[from[option]][option]
    Object result = null
    String missingPlugin = null
    try {
        result = slipwayRun(s.command.join(' '), options, s.args)
    } finally {
        Map publishes = s.publishes ?: [:]
        if (publishes.junit && fileExists(publishes.junit)) junit(testResults: publishes.junit)
        if (publishes.sarif && cfg.publishAnalysis && fileExists(publishes.sarif)) missingPlugin = publishAnalysis(publishes.sarif)
        // the stage failed too: its error goes on, and this one is still said
        if (missingPlugin && result == null) echo(missingPlugin)
    }
    if (missingPlugin) error(missingPlugin)
    return result
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
