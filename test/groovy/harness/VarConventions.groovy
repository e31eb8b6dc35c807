import groovy.json.JsonSlurper

/**
 * The checks every var must pass (after Piper's CommonStepsTest): it has help, a missing required parameter
 * stops it with a message naming that parameter, no secret ever reaches an sh command line, and each slipway run
 * gets exactly the secrets its command reads (resources/slipway/commands.json), no more, no fewer.
 */
class VarConventions {
    /** Credential ids every var is called with, and the secrets the fake credentials store holds for them. */
    static final Map<String, String> CREDENTIAL_IDS = [
        adminTokenId    : 'cred-admin',
        webhookTokenId  : 'cred-webhook',
        flagsTokenId    : 'cred-flags',
        flagsReadTokenId: 'cred-flags-read',
        datadogApiKeyId : 'cred-dd-api',
        datadogAppKeyId : 'cred-dd-app',
        redisUrlId      : 'cred-redis',
        smtpPasswordId  : 'cred-smtp',
        rolloutWebhookTokenId: 'cred-rollout-hook',
    ]
    static final Map<String, String> SECRETS = [
        'cred-admin' : 'Adm1n-T0ken-5ecret',
        'cred-webhook': 'W3bh00k-T0ken-5ecret',
        'cred-flags' : 'Fl4gs-T0ken-5ecret',
        'cred-flags-read': 'Fl4gs-R3ad-T0ken-5ecret',
        'cred-dd-api': 'dd-api-5ecret-0000',
        'cred-dd-app': 'dd-app-5ecret-1111',
        'cred-redis' : 'redis://:R3dis-Passw0rd@127.0.0.1:6379/0',
        'cred-smtp'  : 'Smtp-Passw0rd-5ecret',
        'cred-rollout-hook': 'R0llout-H00k-T0ken-5ecret',
    ]

    final File repoRoot
    final List<File> varDirs
    /** var name → [args: a call that works, required: [parameter names]]. */
    final Map<String, Map> table

    VarConventions(File repoRoot, List<File> varDirs, Map<String, Map> table) {
        this.repoRoot = repoRoot
        this.varDirs = varDirs
        this.table = table
    }

    List<String> varNames() {
        varDirs.collectMany { d -> d.listFiles().findAll { it.name.endsWith('.groovy') }*.name.collect { it - '.groovy' } }.sort()
    }

    PipelineFake fake() {
        PipelineFake f = new PipelineFake(repoRoot, varDirs)
        f.credentials.putAll(SECRETS)
        return f
    }

    File varFile(String name) {
        varDirs.collect { new File(it, "${name}.groovy") }.find { it.exists() }
    }

    /** Problems of one var; an empty list means it follows every convention. */
    List<String> problems(String name) {
        List<String> out = []
        Map entry = table[name]
        if (entry == null) return ["${name} is not in the convention table: add its working arguments and required parameters"]
        File help = new File(varFile(name).parentFile, "${name}.txt")
        if (!help.exists() || help.text.trim().isEmpty()) out << "${name} has no help (vars/${name}.txt)"
        else if (!help.text.contains(name)) out << "${name}.txt does not name the step"
        else for (String p in entry.required) if (!help.text.contains(p)) out << "${name}.txt does not document required parameter \"${p}\""

        // the working call, with every credential id: runs, and keeps every secret off the command line
        PipelineFake f = fake()
        try {
            invoke(f, name, entry.args + CREDENTIAL_IDS)
        } catch (Throwable e) {
            out << "${name} fails with its working arguments: ${e.message}"
        }
        out.addAll(secretLeaks(f).collect { "${name}: ${it}" })
        if (f.slipwayRuns().isEmpty()) out << "${name} ran no slipway command with its working arguments"
        out.addAll(secretBindingProblems(f).collect { "${name}: ${it}" })

        for (String p in entry.required) {
            PipelineFake g = fake()
            Map without = new LinkedHashMap(entry.args + CREDENTIAL_IDS)
            without.remove(p)
            try {
                invoke(g, name, without)
                out << "${name} runs without its required parameter \"${p}\""
            } catch (PipelineError e) {
                if (!e.message.contains(p)) out << "${name} without \"${p}\" stops with a message that does not name it: ${e.message}"
                if (!g.slipwayRuns().isEmpty()) out << "${name} without \"${p}\" ran slipway before stopping"
            } catch (Throwable e) {
                out << "${name} without \"${p}\" fails with ${e.getClass().simpleName} instead of error(): ${e.message}"
            }
        }
        return out
    }

    private static void invoke(PipelineFake f, String name, Map args) {
        if (name == 'slipwayRun') f.call(name, args.command, args.findAll { it.key != 'command' })
        else f.call(name, args)
    }

    /** Each slipway run, called with every credential id: the secrets in its env must be the ones its command reads. */
    List<String> secretBindingProblems(PipelineFake f) {
        Map table = (Map) new JsonSlurper().parse(new File(repoRoot, 'resources/slipway/commands.json'))
        Collection secretEnv = table.credentials.values()
        List<String> out = []
        for (Map c in f.callsOf('sh').findAll { it.slipway }) {
            String command = c.slipway.command.join(' ')
            List declared = (table.commands[command]?.secrets ?: []).sort()
            List bound = secretEnv.findAll { c.env.containsKey(it) }.sort()
            if (bound != declared) out << "slipway ${command} got the secrets ${bound}, but its command reads ${declared}"
        }
        return out
    }

    /** sh command lines holding a secret or built by Groovy interpolation; SLIPWAY_PARAMS holding a secret. */
    static List<String> secretLeaks(PipelineFake f) {
        List<String> out = []
        Set<String> secrets = new HashSet<String>(f.secretValues)
        secrets.addAll(SECRETS.values())
        for (Map c in f.callsOf('sh')) {
            String hit = secrets.find { c.script.contains(it) }
            if (hit) out << "a secret is in the sh command line: ${c.script.replace(hit, '<secret>')}"
            else if (c.interpolated) out << "sh command line built by Groovy interpolation (use a single-quoted string and env vars): ${c.script}"
            String params = c.env.SLIPWAY_PARAMS
            if (params && secrets.any { params.contains(it) }) out << 'a secret is in SLIPWAY_PARAMS'
        }
        return out
    }
}
