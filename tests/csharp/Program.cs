// Entry point of the C# tests of libkopru:
//   mono kopru-tests.exe sandbox        the operations against KOPRU_SANDBOX_URL
//   mono kopru-tests.exe vectors DIR    the conformance vectors in DIR
//   mono kopru-tests.exe codes HEADER   Kopru.ResultCode against include/kopru.h
using System;
using System.IO;
using System.Reflection;

namespace Kopru.Tests
{
    public static class Program
    {
        /// <summary>"Mono 6.8.0.105" or ".NET Core 3.1.23" (the folder of the core library), and the bitness.</summary>
        private static string RuntimeName()
        {
            Type mono = Type.GetType("Mono.Runtime");
            string name;
            if (mono != null)
            {
                var display = mono.GetMethod("GetDisplayName", BindingFlags.NonPublic | BindingFlags.Static);
                name = "Mono " + (display == null ? Environment.Version.ToString() : (string)display.Invoke(null, null));
            }
            else
            {
                name = ".NET Core " + Path.GetFileName(Path.GetDirectoryName(typeof(object).Assembly.Location));
            }
            return name + ", " + (IntPtr.Size * 8) + "-bit process on " + Environment.OSVersion;
        }

        public static int Main(string[] args)
        {
            Console.WriteLine("C# runtime: " + RuntimeName() + ", kopru " + Library.Version);
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
            if (args.Length == 2 && args[0] == "codes")
            {
                new HeaderCodes(checks).Run(args[1]);
                return checks.Summary("C# result codes");
            }
            Console.Error.WriteLine("usage: kopru-tests.exe sandbox | vectors DIR | codes HEADER");
            return 2;
        }
    }
}
