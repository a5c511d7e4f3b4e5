using Woodbrook.Monitor.Benchmarks;

return args.FirstOrDefault() switch
{
    "classify" => ClassifyBenchmark.Run(args[1..]),
    "graph" => GraphBenchmark.Run(args[1..]),
    "scaling" => ScalingBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Woodbrook.Monitor.Benchmarks -- classify|graph|scaling");
    return 2;
}
