/* test-window-save-diff.c: Save Diff… writes each format as diptych-cli prints it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "diptych-window.h"
#include "ui-test-util.h"

#define LEFT  TEST_DATA_DIR "/000_623877efd72da243.txt"
#define RIGHT TEST_DATA_DIR "/001_3071ba8c4e40be15.txt"

static DiptychWindow *
open_window (void)
{
  DiptychWindow *window = diptych_window_new (NULL);
  g_autoptr(GFile) lf = g_file_new_for_path (LEFT);
  g_autoptr(GFile) rf = g_file_new_for_path (RIGHT);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  diptych_window_open_pair (window, lf, rf);
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (window));
  ui_test_wait_until (ui_test_widget_is_shown, window);
  return window;
}

typedef struct
{
  DiptychWindow *window;
  gboolean       done;
  gboolean       ok;
  GError        *error;
} Saved;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  Saved *saved = data;

  saved->ok = diptych_window_save_diff_finish (saved->window, result, &saved->error);
  saved->done = TRUE;
}

static gboolean
is_saved (gpointer data)
{
  return ((Saved *)data)->done;
}

static gboolean
save (DiptychWindow     *window,
      GFile             *file,
      DiptychDiffFormat  format,
      GError           **error)
{
  Saved saved = { window, FALSE, FALSE, NULL };

  diptych_window_save_diff_async (window, file, format, NULL, saved_cb, &saved);
  ui_test_wait_until (is_saved, &saved);
  if (saved.error != NULL)
    g_propagate_error (error, saved.error);
  return saved.ok;
}

/* What diptych-cli diff prints for the pair, with the window's classes. */
static char *
cli_output (const char *format_option,
            gboolean    all_classes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  int status;

  g_ptr_array_add (argv, (char *)g_getenv ("DIPTYCH_CLI"));
  g_ptr_array_add (argv, (char *)"diff");
  g_ptr_array_add (argv, (char *)"--color=never");
  if (format_option != NULL)
    g_ptr_array_add (argv, (char *)format_option);
  if (!all_classes)
    g_ptr_array_add (argv, (char *)"--ignore=typography,layout");
  g_ptr_array_add (argv, (char *)LEFT);
  g_ptr_array_add (argv, (char *)RIGHT);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

static void
test_save_diff_formats (void)
{
  DiptychWindow *window = open_window ();
  DiptychPairView *pair_view = diptych_window_get_pair_view (window);
  g_autofree char *folder = g_dir_make_tmp ("diptych-save-diff-XXXXXX", NULL);
  static const struct {
    DiptychDiffFormat format;
    const char       *option;
    const char       *name;
  } formats[] = {
    { DIPTYCH_DIFF_FORMAT_WORD_DIFF, NULL, "pair.diff" },
    { DIPTYCH_DIFF_FORMAT_JSON, "--json", "pair.json" },
    { DIPTYCH_DIFF_FORMAT_HTML, "--html", "pair.html" },
  };

  for (guint shown = 0; shown < 2; shown++)
    {
      diptych_pair_view_set_show_typography (pair_view, shown == 1);
      ui_test_settle ();

      for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        {
          g_autofree char *path = g_build_filename (folder, formats[i].name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;
          g_autofree char *contents = NULL;
          g_autofree char *expected = cli_output (formats[i].option, shown == 1);

          g_assert_true (save (window, file, formats[i].format, &error));
          g_assert_no_error (error);
          g_file_get_contents (path, &contents, NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (contents, ==, expected);
          g_unlink (path);
        }
    }

  /* A folder that is not there: an error, and nothing written. */
  {
    g_autofree char *path = g_build_filename (folder, "missing", "pair.html", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    g_assert_false (save (window, file, DIPTYCH_DIFF_FORMAT_HTML, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  g_rmdir (folder);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_diff_without_pair (void)
{
  DiptychWindow *window = diptych_window_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/pair.html");
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (save (window, file, DIPTYCH_DIFF_FORMAT_HTML, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/diptych/window/save-diff/formats", test_save_diff_formats);
  g_test_add_func ("/diptych/window/save-diff/without-pair", test_save_diff_without_pair);

  return g_test_run ();
}
