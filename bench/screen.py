"""Reads the X screen (the root window of the Xvfb `make bench` runs in) through libX11.

Only the standard library and libX11 (which GTK already needs) are used: ctypes calls
XGetImage on the root window and hands back the raw pixels, which the start-up
measurement hashes to see when the screen changes, and `write_png` turns one frame into
a PNG for people to look at.
"""

import ctypes
import ctypes.util
import struct
import zlib

ZPIXMAP = 2
ALL_PLANES = ctypes.c_ulong(~0 & 0xFFFFFFFFFFFFFFFF)


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (Xlib.h); the rest is not read.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class Screen:
    """The root window of $DISPLAY."""

    def __init__(self):
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        x11 = ctypes.CDLL(name)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XGetImage.restype = ctypes.POINTER(XImage)
        x11.XGetImage.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
        ]
        x11.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
        # Xlib's default handler exits the process on any protocol error.
        self._handler = _ERROR_HANDLER(lambda display, event: 0)
        x11.XSetErrorHandler(self._handler)
        self.x11 = x11
        self.display = x11.XOpenDisplay(None)
        if not self.display:
            raise RuntimeError("cannot open the X display (run under xvfb-run)")
        self.root = x11.XDefaultRootWindow(self.display)
        self.width = x11.XDisplayWidth(self.display, 0)
        self.height = x11.XDisplayHeight(self.display, 0)

    def grab(self, width=None, height=None):
        """The pixels of the screen's top-left `width` × `height` (default: all) as bytes
        (32 bits per pixel, BGRX), or None on an error."""
        image = self.x11.XGetImage(
            self.display,
            self.root,
            0,
            0,
            width or self.width,
            height or self.height,
            ALL_PLANES,
            ZPIXMAP,
        )
        if not image:
            return None
        try:
            img = image.contents
            if img.bits_per_pixel != 32:
                raise RuntimeError("run Xvfb with a 24-bit screen (-screen 0 WxHx24)")
            return ctypes.string_at(img.data, img.bytes_per_line * img.height)
        finally:
            self.x11.XDestroyImage(image)


def distinct_colours(frame, limit=64):
    """How many different pixel values a frame has (counting stops at `limit`)."""
    seen = set()
    view = memoryview(frame).cast("I")
    # Every 7th pixel is plenty to tell a blank screen from rendered text.
    for pixel in view[::7]:
        seen.add(pixel & 0xFFFFFF)
        if len(seen) >= limit:
            break
    return len(seen)


def write_png(path, frame, width, height):
    """Writes a BGRX frame as an RGB PNG."""
    rows = []
    stride = width * 4
    for y in range(height):
        row = frame[y * stride : (y + 1) * stride]
        rgb = bytearray(width * 3)
        rgb[0::3] = row[2::4]
        rgb[1::3] = row[1::4]
        rgb[2::3] = row[0::4]
        rows.append(b"\x00" + bytes(rgb))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n")
        file.write(chunk(b"IHDR", header))
        file.write(chunk(b"IDAT", zlib.compress(b"".join(rows), 6)))
        file.write(chunk(b"IEND", b""))
