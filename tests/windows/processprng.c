/* A stand-in for Windows' bcryptprimitives.dll, for running the Windows build under
 * Wine 8 only (scripts/test-windows). Never shipped.
 *
 * Rust's std (1.78 and later) fills its random keys, e.g. HashMap's, by calling
 * ProcessPrng from bcryptprimitives.dll at start-up. Windows 10 and 11 have it; Wine 8's
 * bcryptprimitives.dll does not, so every Rust program exits with code 53 before main.
 * This DLL answers ProcessPrng from advapi32's SystemFunction036 (RtlGenRandom), which
 * Wine implements. RtlGenRandom takes a ULONG length, hence the chunks. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
