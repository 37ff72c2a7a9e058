// A thin C# wrapper over Native: what a C# ERP plugin would write around libkopru.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace Kopru.Tests
{
    /// <summary>A failed kopru call: its result code and the thread's last error.</summary>
    public sealed class KopruException : Exception
    {
        /// <summary>The result code (KOPRU_VALIDATION, KOPRU_AUTH, ...).</summary>
        public readonly int Code;
        /// <summary>The last error as JSON text (kind, code, message, errors, ...).</summary>
        public readonly string ErrorJson;
        /// <summary>The last error, parsed.</summary>
        public readonly JsonObject Error;

        private KopruException(int code, string message, string errorJson)
            : base(message)
        {
            Code = code;
            ErrorJson = errorJson;
            Error = Json.Parse(errorJson) as JsonObject;
        }

        /// <summary>The error's kind ("validation", "api", "auth", ...).</summary>
        public string Kind { get { return Error == null ? null : Error.Get("kind") as string; } }

        /// <summary>Builds the exception from the calling thread's last error.</summary>
        internal static KopruException FromLastError(int code)
        {
            IntPtr text;
            UIntPtr len;
            string message = Native.kopru_last_error_message(out text, out len) == Native.KOPRU_OK
                ? Interop.Take(text, len) : "";
            string json = Native.kopru_last_error_json(out text, out len) == Native.KOPRU_OK
                ? Interop.Take(text, len) : "null";
            return new KopruException(code, message, json);
        }
    }

    /// <summary>UTF-8 spans in, library-owned strings out.</summary>
    internal static class Interop
    {
        public static byte[] Utf8(string text) { return text == null ? null : Encoding.UTF8.GetBytes(text); }

        public static UIntPtr Len(byte[] bytes) { return new UIntPtr((uint)(bytes == null ? 0 : bytes.Length)); }

        /// <summary>Reads a string returned by kopru and frees it.</summary>
        public static string Take(IntPtr text, UIntPtr len)
        {
            try { return Marshal.PtrToStringUTF8(text, checked((int)len.ToUInt64())); }
            finally { Native.kopru_string_free(text); }
        }

        public static void Check(int code)
        {
            if (code != Native.KOPRU_OK) throw KopruException.FromLastError(code);
        }
    }

    /// <summary>The bundled blocking client (thread-safe).</summary>
    public sealed class Client : IDisposable
    {
        private readonly ClientHandle handle;

        public Client(string config)
        {
            byte[] bytes = Interop.Utf8(config);
            Interop.Check(Native.kopru_client_new(bytes, Interop.Len(bytes), out handle));
        }

        /// <summary>Runs one operation; parameters and result are JSON text.</summary>
        public string Call(string op, string parameters)
        {
            byte[] opBytes = Interop.Utf8(op), paramBytes = Interop.Utf8(parameters);
            IntPtr result;
            UIntPtr len;
            Interop.Check(Native.kopru_client_call(handle, opBytes, Interop.Len(opBytes), paramBytes,
                Interop.Len(paramBytes), out result, out len));
            return Interop.Take(result, len);
        }

        /// <summary>Every item of a list operation, page by page, as JSON text.</summary>
        public IEnumerable<string> Pages(string op, string parameters)
        {
            byte[] opBytes = Interop.Utf8(op), paramBytes = Interop.Utf8(parameters);
            PagesHandle pages;
            Interop.Check(Native.kopru_pages_new(handle, opBytes, Interop.Len(opBytes), paramBytes,
                Interop.Len(paramBytes), out pages));
            using (pages)
            {
                while (true)
                {
                    IntPtr item;
                    UIntPtr len;
                    int hasItem;
                    Interop.Check(Native.kopru_pages_next(pages, out item, out len, out hasItem));
                    if (hasItem == 0) yield break;
                    yield return Interop.Take(item, len);
                }
            }
        }

        /// <summary>The session state (tokens, quota counters) as JSON text.</summary>
        public string ExportState()
        {
            IntPtr state;
            UIntPtr len;
            Interop.Check(Native.kopru_client_export_state(handle, out state, out len));
            return Interop.Take(state, len);
        }

        /// <summary>The native handle, for tests that call Native directly.</summary>
        internal ClientHandle Handle { get { return handle; } }

        public void Dispose() { handle.Dispose(); }
    }

    /// <summary>The sans-IO session (not thread-safe): the caller sends the HTTP requests.</summary>
    public sealed class Session : IDisposable
    {
        private readonly SessionHandle handle;

        public Session(string config, string state)
        {
            byte[] configBytes = Interop.Utf8(config), stateBytes = Interop.Utf8(state);
            Interop.Check(Native.kopru_session_new(configBytes, Interop.Len(configBytes), stateBytes,
                Interop.Len(stateBytes), out handle));
        }

        /// <summary>Starts an operation; returns the first step as JSON text.</summary>
        public string Start(string op, string parameters, ulong nowMs)
        {
            byte[] opBytes = Interop.Utf8(op), paramBytes = Interop.Utf8(parameters);
            IntPtr step;
            UIntPtr len;
            Interop.Check(Native.kopru_session_start(handle, opBytes, Interop.Len(opBytes), paramBytes,
                Interop.Len(paramBytes), nowMs, out step, out len));
            return Interop.Take(step, len);
        }

        /// <summary>Hands over the response (JSON text); returns the next step.</summary>
        public string Receive(string response, ulong nowMs)
        {
            byte[] bytes = Interop.Utf8(response);
            IntPtr step;
            UIntPtr len;
            Interop.Check(Native.kopru_session_receive(handle, bytes, Interop.Len(bytes), nowMs, out step, out len));
            return Interop.Take(step, len);
        }

        /// <summary>Reports that the request got no response; returns the next step.</summary>
        public string TransportFailed(string message, bool timedOut, ulong nowMs)
        {
            byte[] bytes = Interop.Utf8(message);
            IntPtr step;
            UIntPtr len;
            Interop.Check(Native.kopru_session_transport_failed(handle, bytes, Interop.Len(bytes),
                timedOut ? 1 : 0, nowMs, out step, out len));
            return Interop.Take(step, len);
        }

        /// <summary>The session state as JSON text.</summary>
        public string ExportState()
        {
            IntPtr state;
            UIntPtr len;
            Interop.Check(Native.kopru_session_export_state(handle, out state, out len));
            return Interop.Take(state, len);
        }

        public void Dispose() { handle.Dispose(); }
    }

    /// <summary>The sync runner (kopru_sync_run): a catalogue sync or an orders import.</summary>
    public static class Sync
    {
        /// <summary>
        /// Runs a sync job and returns its report (JSON text). `hook(kind, json)` is called on
        /// this thread for each "progress", "save" and "deliver"; returning false stops the run
        /// (a KopruException with KOPRU_STOPPED). An exception thrown by the hook stops the run
        /// too and is thrown again here, after the native call has returned.
        /// </summary>
        public static string Run(Client erp, Client marketplace, string parameters, string stateFile,
            Func<string, string, bool> hook)
        {
            byte[] paramBytes = Interop.Utf8(parameters), pathBytes = Interop.Utf8(stateFile);
            Exception thrown = null;
            Native.SyncHook native = null;
            if (hook != null)
            {
                native = (userData, kind, json, jsonLen) =>
                {
                    try
                    {
                        string kindText = Marshal.PtrToStringAnsi(kind);
                        string payload = Marshal.PtrToStringUTF8(json, checked((int)jsonLen.ToUInt64()));
                        return hook(kindText, payload) ? 0 : 1;
                    }
                    catch (Exception e)
                    {
                        // Never let an exception unwind through the native frames.
                        thrown = e;
                        return 1;
                    }
                };
            }
            IntPtr report;
            UIntPtr len;
            int code = erp == null
                ? Native.kopru_sync_run(IntPtr.Zero, marketplace.Handle, paramBytes,
                    Interop.Len(paramBytes), pathBytes, Interop.Len(pathBytes), native, IntPtr.Zero, out report,
                    out len)
                : Native.kopru_sync_run(erp.Handle, marketplace.Handle, paramBytes, Interop.Len(paramBytes),
                    pathBytes, Interop.Len(pathBytes), native, IntPtr.Zero, out report, out len);
            // The delegate must outlive the native call that holds its function pointer.
            GC.KeepAlive(native);
            if (thrown != null) throw thrown;
            Interop.Check(code);
            return Interop.Take(report, len);
        }
    }
}
