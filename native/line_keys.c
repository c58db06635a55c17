// The keys of a text's lines for the detector's line memo (libs/detect/src/line-key.ts holds the
// same hash in JavaScript, and a spec checks that both give the same keys). Hashing the bytes here
// spares the detector decoding a line it has seen before into a string, and hashing that string
// again for a Map: on a dense history that was a sixth of the scan.
//
//   lineKeys(text: Uint8Array, starts: Int32Array, n: number, out: Int32Array) -> undefined
//     for each of the n line starts, writes four numbers to out: where the line's text ends (its
//     newline, or the end of the text; a CR before the newline is not part of the text), and
//     three 32-bit hashes of that text (MurmurHash3's x86_32 steps, each lane with its own seed and
//     multipliers, the length mixed in). out.length >= 4n; every start lies in the text.
#include <stdint.h>
#include <string.h>
#include "line_keys.h"

typedef struct {
  uint32_t seed, c1, c2;
} Lane;

static const Lane LANES[3] = {
    {0x9747b28cu, 0xcc9e2d51u, 0x1b873593u},
    {0x5bd1e995u, 0x85ebca6bu, 0xc2b2ae35u},
    {0x27d4eb2fu, 0x165667b1u, 0x9e3779b1u},
};

static inline uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static inline uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

static void hash_line(const uint8_t *p, size_t len, int32_t *out) {
  uint32_t h[3] = {LANES[0].seed, LANES[1].seed, LANES[2].seed};
  size_t i = 0;
  for (; i + 4 <= len; i += 4) {
    uint32_t w = (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
                 (uint32_t)p[i + 3] << 24;
    for (int l = 0; l < 3; l++) {
      uint32_t k = rotl32(w * LANES[l].c1, 15) * LANES[l].c2;
      h[l] = rotl32(h[l] ^ k, 13) * 5 + 0xe6546b64u;
    }
  }
  uint32_t tail = 0;
  switch (len - i) {
    case 3: tail |= (uint32_t)p[i + 2] << 16; /* fall through */
    case 2: tail |= (uint32_t)p[i + 1] << 8;  /* fall through */
    case 1:
      tail |= p[i];
      for (int l = 0; l < 3; l++) h[l] ^= rotl32(tail * LANES[l].c1, 15) * LANES[l].c2;
  }
  for (int l = 0; l < 3; l++) out[l] = (int32_t)fmix32(h[l] ^ (uint32_t)len);
}

static int typed(napi_env env, napi_value v, napi_typedarray_type want, void **data, size_t *len) {
  bool is;
  napi_typedarray_type type;
  return napi_is_typedarray(env, v, &is) == napi_ok && is &&
         napi_get_typedarray_info(env, v, &type, len, data, NULL, NULL) == napi_ok && type == want;
}

napi_value line_keys(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  void *text_data, *starts_data, *out_data;
  size_t len, n_starts, n_out;
  uint32_t n;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 4 ||
      !typed(env, argv[0], napi_uint8_array, &text_data, &len) ||
      !typed(env, argv[1], napi_int32_array, &starts_data, &n_starts) ||
      napi_get_value_uint32(env, argv[2], &n) != napi_ok ||
      !typed(env, argv[3], napi_int32_array, &out_data, &n_out)) {
    napi_throw_type_error(env, NULL,
                          "line keys: takes (text: Uint8Array, starts: Int32Array, n, out: Int32Array)");
    return NULL;
  }
  if (n > n_starts || (size_t)n * 4 > n_out || len > INT32_MAX) {
    napi_throw_range_error(env, NULL, "line keys: n exceeds starts or out, or the text is over 2 GiB");
    return NULL;
  }
  const uint8_t *text = text_data;
  const int32_t *starts = starts_data;
  int32_t *out = out_data;
  for (uint32_t i = 0; i < n; i++) {
    int32_t start = starts[i];
    if (start < 0 || (size_t)start > len) {
      napi_throw_range_error(env, NULL, "line keys: a line start lies outside the text");
      return NULL;
    }
    const uint8_t *nl = memchr(text + start, '\n', len - (size_t)start);
    size_t end = nl ? (size_t)(nl - text) : len;
    if (end > (size_t)start && text[end - 1] == '\r') end--;
    out[4 * i] = (int32_t)end;
    hash_line(text + start, end - (size_t)start, out + 4 * i + 1);
  }
  return NULL;
}
