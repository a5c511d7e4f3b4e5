using Woodbrook.Monitor.Benchmarks;

// Stand-in for the benchmark project's dispatcher (another engineer writes the real one): `graph` runs the Graph benchmark.
return args.Length > 0 && args[0] == "graph" ? GraphBenchmark.Run(args[1..]) : 2;
