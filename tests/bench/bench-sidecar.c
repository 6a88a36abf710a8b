/* bench-sidecar.c: load, save and free a sidecar of many marks
 *
 * `bench-sidecar [N]` (100,000 marks by default) writes an article and a
 * sidecar with N marks spread over it into a temporary folder, then times
 * loading, saving and freeing. Fails when loading takes more than 2 s per
 * 10^5 marks. Run it from a release build: `meson test --benchmark`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "diptych-sidecar.h"
#include "diptych-text-file.h"

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint)strtoul (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("diptych-bench-XXXXXX", NULL);
  g_autofree char *article_path = g_build_filename (dir, "story.txt", NULL);
  g_autofree char *sidecar_path = g_strconcat (article_path, DIPTYCH_SIDECAR_SUFFIX, NULL);
  g_autoptr(GFile) article = g_file_new_for_path (article_path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"diptych-annotations\", \"version\": 1, ");
  g_autoptr(DiptychText) loaded_text = NULL;
  g_autoptr(GError) error = NULL;
  DiptychSidecar *sidecar;
  g_autoptr(GBytes) bytes = NULL;
  gint64 t0, t1, t_snapshot, t2, t3;
  double load_s;

  /* Every mark is where its quote is, as after a save. */
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "Paragraph %04u: nearly 90 people were killed. ", i);
  g_file_set_contents (article_path, text->str, text->len, &error);
  g_assert_no_error (error);
  loaded_text = diptych_text_new_from_file (article, NULL, &error);
  g_assert_no_error (error);

  g_string_append_printf (json, "\"document\": {\"sha256\": \"%s\"}, \"annotations\": [\n",
                          diptych_text_get_sha256 (loaded_text));
  for (guint i = 0; i < n; i++)
    {
      guint start = (i * 7) % (text->len - 16);

      g_string_append_printf (json,
                              "%s{\"id\": \"m%u\", \"kind\": \"%s\", \"start\": %u, \"end\": %u, "
                              "\"quote\": {\"exact\": \"%.*s\"}, \"note\": \"mark %u\"}\n",
                              i ? "," : "", i, i % 3 == 0 ? "source" : i % 3 == 1 ? "claim" : "casualty",
                              start, start + 8, 8, text->str + start, i);
    }
  g_string_append (json, "]}\n");
  g_file_set_contents (sidecar_path, json->str, json->len, &error);
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  sidecar = diptych_sidecar_load (loaded_text, NULL, NULL, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  bytes = diptych_sidecar_to_bytes (sidecar);
  t_snapshot = g_get_monotonic_time ();
  diptych_sidecar_write_bytes (sidecar, bytes, NULL, &error);
  g_assert_no_error (error);
  t2 = g_get_monotonic_time ();
  g_object_unref (sidecar);
  t3 = g_get_monotonic_time ();

  load_s = (t1 - t0) / 1e6;
  g_print ("%u marks (%.1f MB): load %.2f s, save %.2f s (snapshot %.2f s, check and write %.2f s), "
           "free %.2f s\n",
           n, json->len / 1e6, load_s, (t2 - t1) / 1e6, (t_snapshot - t1) / 1e6,
           (t2 - t_snapshot) / 1e6, (t3 - t2) / 1e6);

  g_unlink (sidecar_path);
  g_unlink (article_path);
  g_rmdir (dir);
  return load_s <= 2.0 * MAX (n, 100000) / 100000 ? 0 : 1;
}
