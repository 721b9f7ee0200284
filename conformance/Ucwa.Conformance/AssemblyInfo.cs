using NUnit.Framework;

// Cases await the network, so NUnit workers mostly wait: enough of them to keep MaxConcurrency requests
// in flight (up to 32); the HTTP transport's own limit (MaxConcurrency) is what bounds the target's load.
[assembly: LevelOfParallelism(32)]
