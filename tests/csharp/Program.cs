// Entry point of the C# tests of libkopru:
//   mono kopru-tests.exe sandbox        the operations against KOPRU_SANDBOX_URL
//   mono kopru-tests.exe vectors DIR    the conformance vectors in DIR
using System;

namespace Kopru.Tests
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            var checks = new Checks();
            if (args.Length == 1 && args[0] == "sandbox")
            {
                string url = Environment.GetEnvironmentVariable("KOPRU_SANDBOX_URL");
                if (string.IsNullOrEmpty(url))
                {
                    Console.Error.WriteLine("KOPRU_SANDBOX_URL is not set (start tests/sandbox-server)");
                    return 2;
                }
                new SandboxTests(checks, url).Run();
                return checks.Summary("C# tests");
            }
            if (args.Length == 2 && args[0] == "vectors")
            {
                new VectorRunner(checks).Run(args[1]);
                return checks.Summary("C# vectors");
            }
            Console.Error.WriteLine("usage: kopru-tests.exe sandbox | vectors DIR");
            return 2;
        }
    }
}
