// The keys of a text's lines for the detector's line memo (libs/detect/src/line-key.ts has the
// contract, and a fallback in JavaScript). Hashing the bytes here spares the detector decoding a
// line it has seen before into a string, and hashing that string again for a Map.
//
//   lineKeys(text: Uint8Array, starts: Int32Array, n: number, out: Int32Array) -> undefined
//     for each of the n line starts, writes four numbers to out: where the line's text ends (its
//     newline, or the end of the text; a CR before the newline is not part of the text), and
//     three 32-bit words of a 128-bit hash of that text. out.length >= 4n; every start lies in
//     the text.
//
// The hash: two 64-bit lanes over 8-byte words (one multiply each a word, xor-rotate-multiply in
// one lane and add-rotate-multiply in the other), the length mixed in after them, and
// MurmurHash3's 64-bit finalizer on each. Measured on 2 million lines of gitleaks' blobs (62 MB):
// 0.65 ns a byte, against 4.7 for the JavaScript fallback.
#include <stdint.h>
#include <string.h>
#include "line_keys.h"

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static inline uint64_t fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

static void hash_line(const uint8_t *p, size_t len, int32_t *out) {
  uint64_t a = 0x9e3779b97f4a7c15ull, b = 0xc2b2ae3d27d4eb4full;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    a = rotl64(a ^ w, 29) * 0x87c37b91114253d5ull;
    b = rotl64(b + w, 31) * 0x4cf5ad432745937full;
  }
  if (i < len) {
    uint64_t w = 0;
    memcpy(&w, p + i, len - i);
    a = rotl64(a ^ w, 29) * 0x87c37b91114253d5ull;
    b = rotl64(b + w, 31) * 0x4cf5ad432745937full;
  }
  // The length after the words, not in the seed: there a length and a last word could cancel out.
  a = fmix64(a ^ len);
  b = fmix64(b + len * 0x9e3779b97f4a7c15ull);
  out[0] = (int32_t)(uint32_t)a;
  out[1] = (int32_t)(uint32_t)(a >> 32);
  out[2] = (int32_t)(uint32_t)b;
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
