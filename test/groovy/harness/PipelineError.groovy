/** error() in a pipeline: stops the build with a message (Jenkins' hudson.AbortException). */
class PipelineError extends RuntimeException {
    PipelineError(String message) { super(message) }
}
