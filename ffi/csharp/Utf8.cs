// UTF-8 in and out of the native library without Marshal.PtrToStringUTF8, which
// the .NET Framework 4.x does not have.
using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Kopru
{
    /// <summary>UTF-8 spans in, library-owned strings out.</summary>
    internal static class Utf8
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        /// <summary>The UTF-8 bytes of text; null stays null (a NULL pointer: "no value").</summary>
        internal static byte[] Bytes(string text)
        {
            return text == null ? null : Strict.GetBytes(text);
        }

        /// <summary>The length of a span as a size_t.</summary>
        internal static UIntPtr Length(byte[] bytes)
        {
            return new UIntPtr((uint)(bytes == null ? 0 : bytes.Length));
        }

        /// <summary>Decodes len UTF-8 bytes at text (not freed).</summary>
        internal static string Read(IntPtr text, UIntPtr len)
        {
            if (text == IntPtr.Zero) return null;
            int count = checked((int)len.ToUInt64());
            var bytes = new byte[count];
            Marshal.Copy(text, bytes, 0, count);
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Decodes a NUL-terminated UTF-8 string (not freed).</summary>
        internal static string ReadTerminated(IntPtr text)
        {
            if (text == IntPtr.Zero) return null;
            int count = 0;
            while (Marshal.ReadByte(text, count) != 0) count++;
            return Read(text, new UIntPtr((uint)count));
        }

        /// <summary>Decodes a string returned by kopru and frees it with kopru_string_free.</summary>
        internal static string Take(IntPtr text, UIntPtr len)
        {
            try
            {
                return Read(text, len);
            }
            finally
            {
                if (text != IntPtr.Zero) NativeMethods.kopru_string_free(text);
            }
        }
    }
}
