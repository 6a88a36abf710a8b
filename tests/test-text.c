/* test-text.c: loading articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "diptych-text.h"
#include "diptych-text-file.h"

static char *
write_temp_file (const char *contents,
                 gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("diptych-test-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);

  return path;
}

static void
assert_refused (const char *contents,
                gssize      len,
                int         code,
                const char *fragment)
{
  g_autofree char *path = write_temp_file (contents, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = diptych_text_new_from_path (path, &error);

  g_assert_null (text);
  g_assert_error (error, DIPTYCH_TEXT_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
  g_unlink (path);
}

static void
test_text_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = NULL;
  g_autofree char *range = NULL;
  const char *contents;
  gsize n_bytes;

  text = diptych_text_new_from_path (TEST_DATA_DIR "/000_623877efd72da243.txt", &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);

  contents = diptych_text_get_contents (text, &n_bytes);
  g_assert_cmpuint (n_bytes, ==, 4433);
  g_assert_cmpuint (strlen (contents), ==, n_bytes);
  g_assert_cmpuint (diptych_text_get_n_chars (text), ==, g_utf8_strlen (contents, -1));
  g_assert_true (g_str_has_suffix (diptych_text_get_name (text), "000_623877efd72da243.txt"));
  g_assert_nonnull (diptych_text_get_file (text));

  /* "Thursday’s": the apostrophe is one code point, three bytes. */
  range = diptych_text_dup_range (text, 143, 153);
  g_assert_cmpstr (range, ==, "Thursday’s");
}

static void
test_text_offsets (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(DiptychText) text = NULL;
  const char *contents;
  gsize n_chars;

  /* Mixed widths, and runs of ASCII long enough to fill blocks of the
   * index, so that characters of every width straddle block boundaries.
   */
  for (guint i = 0; i < 1000; i++)
    {
      static const char *const pieces[] = { "a", "é", "“", "😀" };

      if (i % 97 == 0)
        for (guint j = 0; j < 70 + i % 64; j++)
          g_string_append_c (s, 'x');
      g_string_append (s, pieces[(i * 7 + i / 5) % 4]);
    }

  text = diptych_text_new_from_string (s->str, "mixed");
  contents = diptych_text_get_contents (text, NULL);
  n_chars = diptych_text_get_n_chars (text);
  g_assert_cmpuint (n_chars, ==, g_utf8_strlen (s->str, -1));

  for (gsize c = 0; c <= n_chars; c++)
    {
      gsize b = diptych_text_char_to_byte (text, c);

      g_assert_cmpuint (b, ==, g_utf8_offset_to_pointer (contents, c) - contents);
      g_assert_cmpuint (diptych_text_byte_to_char (text, b), ==, c);
    }
  g_assert_cmpuint (diptych_text_char_to_byte (text, n_chars + 10), ==, strlen (contents));
}

static void
test_text_bom_dropped (void)
{
  g_autofree char *path = write_temp_file ("\xEF\xBB\xBFHello", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = diptych_text_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (diptych_text_get_contents (text, NULL), ==, "Hello");
  g_assert_cmpuint (diptych_text_get_n_chars (text), ==, 5);
  g_unlink (path);
}

/* Loading by path (mapped, or read when the text fills its last page) and
 * by GFile give the same text, whatever the size.
 */
static void
test_text_load_paths_agree (void)
{
  /* Around the size of a page, where the mapping ends. */
  const gsize sizes[] = { 1, 100, 4093, 4095, 4096, 4097, 8192, 70000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      for (guint with_bom = 0; with_bom < 2; with_bom++)
        {
          g_autoptr(GString) contents = g_string_new (with_bom ? "\xEF\xBB\xBF" : "");
          g_autofree char *path = NULL;
          g_autoptr(GFile) file = NULL;
          g_autoptr(DiptychText) by_path = NULL;
          g_autoptr(DiptychText) by_file = NULL;
          g_autoptr(GError) error = NULL;
          const char *text;
          gsize n_bytes;

          while (contents->len < sizes[i])
            g_string_append (contents, contents->len % 7 == 0 ? "\xC3\xA9" : "a");
          g_string_truncate (contents, MAX (sizes[i], with_bom ? 4 : 1));
          if (!g_utf8_validate (contents->str, -1, NULL))
            g_string_truncate (contents, contents->len - 1);

          path = write_temp_file (contents->str, contents->len);
          by_path = diptych_text_new_from_path (path, &error);
          g_assert_no_error (error);
          file = g_file_new_for_path (path);
          by_file = diptych_text_new_from_file (file, NULL, &error);
          g_assert_no_error (error);

          text = diptych_text_get_contents (by_path, &n_bytes);
          g_assert_cmpuint (n_bytes, ==, contents->len - (with_bom ? 3 : 0));
          g_assert_cmpint (text[n_bytes], ==, '\0');
          g_assert_cmpmem (text, n_bytes, contents->str + (with_bom ? 3 : 0), n_bytes);
          g_assert_cmpstr (text, ==, diptych_text_get_contents (by_file, NULL));
          g_assert_cmpuint (diptych_text_get_n_chars (by_path), ==, diptych_text_get_n_chars (by_file));
          g_assert_cmpstr (diptych_text_get_path (by_path), ==, path);
          g_assert_true (g_file_equal (diptych_text_get_file (by_path), file));
          g_assert_true (diptych_text_get_file (by_file) == file);
          g_unlink (path);
        }
    }
}

static void
test_text_utf8_helpers (void)
{
  const char *samples[] = {
    "",
    "plain ascii text that runs past eight bytes",
    "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 and more ascii after it",
    "\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94",
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      const char *text = samples[i];
      const char *end = text + strlen (text);
      glong n_chars = g_utf8_strlen (text, -1);

      for (const char *p = text; p <= end; p = p < end ? g_utf8_next_char (p) : p + 1)
        g_assert_cmpuint (diptych_utf8_count_chars (text, p - text), ==, g_utf8_pointer_to_offset (text, p));

      for (glong c = 0; c <= n_chars + 3; c++)
        {
          const char *expected = c <= n_chars ? g_utf8_offset_to_pointer (text, c) : end;

          g_assert_true (diptych_utf8_skip_chars (text, end, c) == expected);
        }
    }
}

static void
test_text_empty_is_valid (void)
{
  g_autofree char *path = write_temp_file ("", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = diptych_text_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (diptych_text_get_n_chars (text), ==, 0);
  g_assert_cmpstr (diptych_text_get_contents (text, NULL), ==, "");
  g_unlink (path);
}

static void
test_text_invalid_utf8 (void)
{
  /* Latin-1 "é" at byte 6. */
  assert_refused ("caf\xC3\xA9 \xE9t\xE9", -1, DIPTYCH_TEXT_ERROR_INVALID_UTF8, "byte 6");
}

static void
test_text_binary (void)
{
  assert_refused ("PK\x03\x04\0\0binary", 12, DIPTYCH_TEXT_ERROR_BINARY, "byte 4");
}

/* Random bytes, mostly UTF-8 text with a few bytes broken, spread over
 * several index blocks: refused (with the offset) or accepted exactly as
 * GLib's own checks say.
 */
static void
test_text_checks_agree_with_glib (void)
{
  const char *pieces[] = { "a", "word ", "\n", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80" };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 4000; round++)
    {
      g_autoptr(GString) bytes = g_string_new (NULL);
      g_autoptr(GBytes) data = NULL;
      g_autoptr(DiptychText) text = NULL;
      g_autoptr(GError) error = NULL;
      guint length = g_rand_int_range (rand, 0, 400);
      const char *nul, *end = NULL;

      while (bytes->len < length)
        g_string_append (bytes, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      for (guint broken = g_rand_int_range (rand, 0, 3); broken > 0 && bytes->len > 0; broken--)
        bytes->str[g_rand_int_range (rand, 0, bytes->len)] = g_rand_int_range (rand, 0, 256);
      if (g_rand_boolean (rand) && bytes->len > 0)
        g_string_truncate (bytes, g_rand_int_range (rand, 0, bytes->len));
      if (g_str_has_prefix (bytes->str, "\xEF\xBB\xBF"))
        continue;  /* a byte-order mark, which is dropped */

      data = g_bytes_new (bytes->str, bytes->len);
      text = diptych_text_new_from_bytes (data, "random", &error);
      nul = memchr (bytes->str, '\0', bytes->len);
      if (nul != NULL)
        {
          g_autofree char *at = g_strdup_printf ("byte %lu)", (gulong)(nul - bytes->str));

          g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_BINARY);
          g_assert_nonnull (strstr (error->message, at));
        }
      else if (!g_utf8_validate (bytes->str, bytes->len, &end))
        {
          g_autofree char *at = g_strdup_printf ("byte %lu)", (gulong)(end - bytes->str));

          g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_INVALID_UTF8);
          g_assert_nonnull (strstr (error->message, at));
        }
      else
        {
          g_assert_no_error (error);
          g_assert_cmpuint (diptych_text_get_n_chars (text), ==, g_utf8_strlen (bytes->str, bytes->len));
        }
    }

  g_rand_free (rand);
}

/* A URI is loaded through GIO, with the same refusals as a path. */
static void
test_text_commandline_args (void)
{
  const char *path = TEST_DATA_DIR "/000_623877efd72da243.txt";
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(DiptychText) by_path = NULL;
  g_autoptr(DiptychText) by_uri = NULL;
  g_autoptr(DiptychText) missing = NULL;
  g_autoptr(GError) error = NULL;

  by_path = diptych_text_new_for_commandline_arg (path, &error);
  g_assert_no_error (error);
  by_uri = diptych_text_new_for_commandline_arg (uri, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (diptych_text_get_contents (by_uri, NULL), ==, diptych_text_get_contents (by_path, NULL));
  g_assert_cmpstr (diptych_text_get_path (by_uri), ==, path);

  missing = diptych_text_new_for_commandline_arg ("resource:///io/github/diptych/none.txt", &error);
  g_assert_null (missing);
  g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "resource:///io/github/diptych/none.txt"));
}

static void
test_text_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = diptych_text_new_from_path ("/nonexistent/story.txt", &error);

  g_assert_null (text);
  g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/story.txt"));
}

static void
test_text_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = diptych_text_new_from_path (TEST_DATA_DIR, &error);

  g_assert_null (text);
  g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, TEST_DATA_DIR));
}

static void
test_text_unreadable (void)
{
  g_autofree char *path = write_temp_file ("secret", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = NULL;

  g_chmod (path, 0);
  if (access (path, R_OK) == 0)
    {
      /* root reads anything */
      g_unlink (path);
      g_test_skip ("permissions are not enforced for this user");
      return;
    }

  text = diptych_text_new_from_path (path, &error);
  g_assert_null (text);
  g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, path));
  g_unlink (path);
}

/* Streams are read to their end, as diff(1) and git read them: /dev/null
 * is the empty text.
 */
static void
test_text_special_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = diptych_text_new_from_path ("/dev/null", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (diptych_text_get_n_chars (text), ==, 0);
}

/* A pipe: its size is known only once it is read. */
static void
test_text_pipe (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = NULL;
  int fds[2];

  g_assert_cmpint (pipe (fds), ==, 0);
  g_assert_cmpint (write (fds[1], "caf\xC3\xA9 au lait\n", 14), ==, 14);
  close (fds[1]);
  text = diptych_text_new_from_fd (fds[0], "-", &error);
  close (fds[0]);
  g_assert_no_error (error);
  g_assert_cmpuint (diptych_text_get_n_chars (text), ==, 13);
  g_assert_null (diptych_text_get_path (text));

  g_assert_cmpint (pipe (fds), ==, 0);
  g_assert_cmpint (write (fds[1], "caf\xE9\n", 5), ==, 5);
  close (fds[1]);
  g_clear_object (&text);
  text = diptych_text_new_from_fd (fds[0], "-", &error);
  close (fds[0]);
  g_assert_null (text);
  g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_INVALID_UTF8);
}

/* Sizes as GLib writes them, so that 67.5 MiB is not "64 MB; at most 64 MB". */
static void
test_text_too_large_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("diptych-large-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, 67.5 * 1024 * 1024), ==, 0);
  close (fd);
  text = diptych_text_new_from_path (path, &error);
  g_assert_null (text);
  g_assert_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "70.8\u00a0MB"));
  g_assert_nonnull (strstr (error->message, "67.1\u00a0MB"));
  g_unlink (path);
}

/* Only SCHEME://… is a URI: file names may hold colons. */
static void
test_text_arg_is_uri (void)
{
  g_assert_true (diptych_arg_is_uri ("file:///tmp/a.txt"));
  g_assert_true (diptych_arg_is_uri ("sftp://host/a.txt"));
  g_assert_true (diptych_arg_is_uri ("resource:///io/x.txt"));
  g_assert_false (diptych_arg_is_uri ("notes:v2.txt"));
  g_assert_false (diptych_arg_is_uri ("story-10:30.txt"));
  g_assert_false (diptych_arg_is_uri ("C:story.txt"));
  g_assert_false (diptych_arg_is_uri ("file:a.txt"));
  g_assert_false (diptych_arg_is_uri ("./x://y"));
  g_assert_false (diptych_arg_is_uri ("-"));
  g_assert_false (diptych_arg_is_uri (""));
}

/* A FIFO blocked open() forever. Now it is read as a stream (as scripts
 * give `<(…)`), which ends at once when nobody writes: nothing blocks.
 */
static void
test_text_fifo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("diptych-text-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "story.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(DiptychText) from_file = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  text = diptych_text_new_from_path (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_cmpuint (diptych_text_get_n_chars (text), ==, 0);
  from_file = diptych_text_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diptych_text_get_n_chars (from_file), ==, 0);
  g_unlink (path);
  g_rmdir (dir);
}

/* A mapped file truncated while in use killed diff with SIGBUS: texts are
 * read into memory, and stay whole whatever happens to the file.
 */
static void
test_text_truncated_after_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("diptych-text-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "story.txt", NULL);
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autoptr(DiptychText) text = NULL;
  gsize length;
  const char *data;

  for (guint i = 0; i < 10000; i++)
    g_string_append (contents, "twelve words ");
  g_assert_true (g_file_set_contents (path, contents->str, contents->len, NULL));
  text = diptych_text_new_from_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (path, 0), ==, 0);

  data = diptych_text_get_contents (text, &length);
  g_assert_cmpuint (length, ==, contents->len);
  g_assert_cmpint (memcmp (data, contents->str, length), ==, 0);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_text_sha256 (void)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string ("abc", NULL);
  const char *sum = diptych_text_get_sha256 (text);

  g_assert_cmpstr (sum, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* Marked words across a wrapped line's break show on one line. */
static void
test_utf8_one_line (void)
{
  static const char * const cases[][2] = {
    { "", "" },
    { "nearly 90 people", "nearly 90 people" },
    { "Russia’s Ministry\nof Foreign Affairs", "Russia’s Ministry of Foreign Affairs" },
    { "killing at least \r\n 37 people", "killing at least 37 people" },
    { "a\tb", "a b" },
    /* Runs of spaces alone are the article's: kept */
    { "two  spaces", "two  spaces" },
    { "\nends\n", " ends " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = diptych_utf8_one_line (cases[i][0]);

      g_assert_cmpstr (line, ==, cases[i][1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diptych/text/example", test_text_example);
  g_test_add_func ("/diptych/text/offsets", test_text_offsets);
  g_test_add_func ("/diptych/text/bom-dropped", test_text_bom_dropped);
  g_test_add_func ("/diptych/text/load-paths-agree", test_text_load_paths_agree);
  g_test_add_func ("/diptych/text/utf8-helpers", test_text_utf8_helpers);
  g_test_add_func ("/diptych/text/empty-is-valid", test_text_empty_is_valid);
  g_test_add_func ("/diptych/text/invalid-utf8", test_text_invalid_utf8);
  g_test_add_func ("/diptych/text/binary", test_text_binary);
  g_test_add_func ("/diptych/text/checks-agree-with-glib", test_text_checks_agree_with_glib);
  g_test_add_func ("/diptych/text/commandline-args", test_text_commandline_args);
  g_test_add_func ("/diptych/text/missing", test_text_missing);
  g_test_add_func ("/diptych/text/directory", test_text_directory);
  g_test_add_func ("/diptych/text/unreadable", test_text_unreadable);
  g_test_add_func ("/diptych/text/special-file", test_text_special_file);
  g_test_add_func ("/diptych/text/pipe", test_text_pipe);
  g_test_add_func ("/diptych/text/too-large-message", test_text_too_large_message);
  g_test_add_func ("/diptych/text/arg-is-uri", test_text_arg_is_uri);
  g_test_add_func ("/diptych/text/sha256", test_text_sha256);
  g_test_add_func ("/diptych/text/fifo", test_text_fifo);
  g_test_add_func ("/diptych/text/truncated-after-load", test_text_truncated_after_load);
  g_test_add_func ("/diptych/text/utf8-one-line", test_utf8_one_line);

  return g_test_run ();
}
