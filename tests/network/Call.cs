// One kopru call from C# on mono, for the network suite: `Call.exe CONFIG_JSON OP PARAMS_JSON`.
// Prints the result (exit 0) or the error as JSON on stderr (exit 1). The config has no
// proxy or certificate setting of kopru's own: the environment and the system store decide.
// Uses the shipped C# library (ffi/csharp, Kopru.Net.dll beside this program).
using System;
using Kopru;

static class Call
{
    static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: Call.exe CONFIG_JSON OP PARAMS_JSON");
            return 2;
        }
        try
        {
            using (var client = new Client(args[0]))
                Console.WriteLine(client.Call(args[1], args[2]));
            return 0;
        }
        catch (KopruException e)
        {
            Console.Error.WriteLine(e.ErrorJson);
            return 1;
        }
    }
}
