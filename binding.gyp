{
  "targets": [
    {
      "target_name": "deployguard_native",
      "sources": ["native/keyword_scan.c", "native/line_keys.c"],
      "cflags": ["-O3", "-std=c11", "-Wall", "-Wextra"]
    }
  ]
}
