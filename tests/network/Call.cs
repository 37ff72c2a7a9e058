// One kopru call from C# on mono, for the network suite: `Call.exe CONFIG_JSON OP PARAMS_JSON`.
// Prints the result (exit 0) or the last error as JSON on stderr (exit 1). The config has no
// proxy or certificate setting of kopru's own: the environment and the system store decide.
using System;
using System.Runtime.InteropServices;
using System.Text;

static class Call
{
    const string Lib = "kopru";

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    static extern int kopru_client_new(byte[] config, UIntPtr configLen, out IntPtr client);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    static extern int kopru_client_call(IntPtr client, byte[] op, UIntPtr opLen, byte[] parameters,
        UIntPtr parametersLen, out IntPtr result, IntPtr resultLen);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    static extern int kopru_last_error_json(out IntPtr error, IntPtr errorLen);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    static extern void kopru_client_free(IntPtr client);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    static extern void kopru_string_free(IntPtr text);

    static string TakeString(IntPtr text)
    {
        int length = 0;
        while (Marshal.ReadByte(text, length) != 0) length++;
        byte[] bytes = new byte[length];
        Marshal.Copy(text, bytes, 0, length);
        kopru_string_free(text);
        return Encoding.UTF8.GetString(bytes);
    }

    static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: Call.exe CONFIG_JSON OP PARAMS_JSON");
            return 2;
        }
        byte[] config = Encoding.UTF8.GetBytes(args[0]);
        byte[] op = Encoding.UTF8.GetBytes(args[1]);
        byte[] parameters = Encoding.UTF8.GetBytes(args[2]);
        IntPtr client = IntPtr.Zero;
        IntPtr result;
        if (kopru_client_new(config, (UIntPtr)config.Length, out client) == 0 &&
            kopru_client_call(client, op, (UIntPtr)op.Length, parameters, (UIntPtr)parameters.Length,
                out result, IntPtr.Zero) == 0)
        {
            Console.WriteLine(TakeString(result));
            kopru_client_free(client);
            return 0;
        }
        IntPtr error;
        if (kopru_last_error_json(out error, IntPtr.Zero) == 0) Console.Error.WriteLine(TakeString(error));
        kopru_client_free(client);
        return 1;
    }
}
