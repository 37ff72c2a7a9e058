/*
 * TEST-ONLY stand-in for Windows' bcryptprimitives.dll, which Wine 8.0 lacks: kopru.dll
 * (Rust's std) imports ProcessPrng from it, so without this file LoadLibrary fails with
 * error 126 under wine. Real Windows 10 / Server 2016 and later have the DLL: never ship
 * this. tests/suites/windows.sh builds it and copies it into the wine prefixes only.
 */
#include <windows.h>
#include <ntsecapi.h>

/* Fills `data` with `len` random bytes from the system's generator (RtlGenRandom). */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
        if (!RtlGenRandom(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
