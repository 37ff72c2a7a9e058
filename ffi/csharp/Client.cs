// The bundled blocking client: kopru does the HTTP (rustls), the session and the retries.
using System;
using System.Collections.Generic;

namespace Kopru
{
    /// <summary>
    /// A client of one service (Entegra, Tedbul or the ERP), made from a JSON config
    /// (SPEC §5: <c>service</c>, <c>base_url</c>, <c>credentials</c>, <c>timeout_ms</c>, …).
    /// Thread-safe: one client may be shared by several threads. Dispose it when done.
    /// </summary>
    public sealed class Client : IDisposable
    {
        private readonly ClientHandle handle;

        /// <summary>Makes a client from its JSON config; throws a <see cref="KopruException"/> when it is wrong.</summary>
        public Client(string config)
        {
            if (config == null) throw new ArgumentNullException("config");
            byte[] bytes = Utf8.Bytes(config);
            KopruException.Check(NativeMethods.kopru_client_new(bytes, Utf8.Length(bytes), out handle));
        }

        /// <summary>The native handle (for <see cref="Sync"/> and callers with their own P/Invoke).</summary>
        public ClientHandle Handle { get { return handle; } }

        /// <summary>
        /// Runs one operation (e.g. "entegra.products.list") with its parameters as JSON
        /// text (null: none) and returns the result as JSON text. Blocks until done.
        /// </summary>
        public string Call(string op, string parameters)
        {
            if (op == null) throw new ArgumentNullException("op");
            return CallUtf8(Utf8.Bytes(op), Utf8.Bytes(parameters));
        }

        /// <summary>
        /// <see cref="Call(string, string)"/> for callers that hold UTF-8 already: the bytes are
        /// passed as they are (kopru checks them: <see cref="InvalidUtf8Exception"/>).
        /// </summary>
        public string CallUtf8(byte[] op, byte[] parameters)
        {
            if (op == null) throw new ArgumentNullException("op");
            IntPtr result;
            UIntPtr len;
            KopruException.Check(NativeMethods.kopru_client_call(handle, op, Utf8.Length(op), parameters,
                Utf8.Length(parameters), out result, out len));
            return Utf8.Take(result, len);
        }

        /// <summary>
        /// Every item of a list operation as JSON text, fetched page by page as the
        /// enumeration goes on. The first page is asked for here, so errors in the
        /// parameters (and a refused first page) throw at once. Enumerate once, from one thread.
        /// </summary>
        public IEnumerable<string> Pages(string op, string parameters)
        {
            return Pages(op, parameters, 1);
        }

        /// <summary>
        /// <see cref="Pages(string, string)"/> with up to <paramref name="concurrency"/> pages
        /// (1 to 16) in flight at once, on kopru's threads, where the first page tells how many
        /// there are (the ERP's lists); the items still come in order. Out of range throws a
        /// <see cref="ConfigException"/> before any page is asked for.
        /// </summary>
        public IEnumerable<string> Pages(string op, string parameters, int concurrency)
        {
            if (op == null) throw new ArgumentNullException("op");
            byte[] opBytes = Utf8.Bytes(op), paramBytes = Utf8.Bytes(parameters);
            PagesHandle pages;
            KopruException.Check(NativeMethods.kopru_pages_new(handle, opBytes, Utf8.Length(opBytes), paramBytes,
                Utf8.Length(paramBytes), out pages));
            string first;
            bool hasFirst;
            try
            {
                // A negative count goes as 0, which kopru refuses like any count out of range.
                KopruException.Check(NativeMethods.kopru_pages_set_concurrency(pages,
                    concurrency < 0 ? 0u : (uint)concurrency));
                hasFirst = Next(pages, out first);
            }
            catch
            {
                pages.Dispose();
                throw;
            }
            return Walk(pages, first, hasFirst);
        }

        private static IEnumerable<string> Walk(PagesHandle pages, string first, bool hasFirst)
        {
            using (pages)
            {
                if (!hasFirst) yield break;
                yield return first;
                string item;
                while (Next(pages, out item)) yield return item;
            }
        }

        /// <summary>The next item of <paramref name="pages"/>; false when the walk is over.</summary>
        private static bool Next(PagesHandle pages, out string item)
        {
            IntPtr text;
            UIntPtr len;
            int hasItem;
            KopruException.Check(NativeMethods.kopru_pages_next(pages, out text, out len, out hasItem));
            item = hasItem == 0 ? null : Utf8.Take(text, len);
            return hasItem != 0;
        }

        /// <summary>The session state (tokens, quota counters) as JSON text. It holds secrets: store it safely.</summary>
        public string ExportState()
        {
            IntPtr state;
            UIntPtr len;
            KopruException.Check(NativeMethods.kopru_client_export_state(handle, out state, out len));
            return Utf8.Take(state, len);
        }

        /// <summary>Frees the native client (calls running on other threads finish first).</summary>
        public void Dispose() { handle.Dispose(); }
    }
}
