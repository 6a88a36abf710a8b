/* bench-window.c: time from opening a 1 MB pair to the first painted frame
 *
 * Opens a window on a generated pair (1 MB each, ~1% of words changed)
 * under the display it is given and reports the time until the window has
 * painted the diff, next to the time a plain GtkTextView takes to paint the
 * same left text, measured in the same run (the machines are shared and
 * noisy, so the ratio is the figure to compare).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "diptych-window.h"
#include "ui-test-util.h"

static char *
make_text (GRand *rand,
           GRand *change_rand,
           gsize  size,
           double change)
{
  static const char *words[] = {
    "the", "strike", "killed", "officials", "said", "Syria", "“air", "base”", "nearly",
    "90", "people,", "including", "women", "and", "children.", "Moscow", "denied", "it",
    "Ministry", "of", "Foreign", "Affairs", "statement", "according", "to", "reports.",
  };
  GString *s = g_string_sized_new (size + 64);
  guint n = 0;

  while (s->len < size)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (g_rand_double (change_rand) < change)
        word = "CHANGED";
      g_string_append (s, word);
      g_string_append (s, ++n % 80 == 0 ? "\n\n" : " ");
    }
  return g_string_free (s, FALSE);
}

static char *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("diptych-bench-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) left_rand = g_rand_new_with_seed (42);
  g_autoptr(GRand) right_rand = g_rand_new_with_seed (42);
  g_autoptr(GRand) change_rand = g_rand_new_with_seed (7);
  g_autofree char *left_text = NULL;
  g_autofree char *right_text = NULL;
  g_autofree char *left_path = NULL;
  g_autofree char *right_path = NULL;
  g_autoptr(GFile) left = NULL;
  g_autoptr(GFile) right = NULL;
  DiptychWindow *window;
  double t_reference, t_diptych;
  gint64 start;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-window: no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();

  /* The same words on both sides, about 1% replaced on the right. */
  left_text = make_text (left_rand, change_rand, 1000000, 0);
  right_text = make_text (right_rand, change_rand, 1000000, 0.01);
  left_path = write_temp (left_text);
  right_path = write_temp (right_text);
  left = g_file_new_for_path (left_path);
  right = g_file_new_for_path (right_path);

  /* Reference: a plain text view showing the left text. */
  t_reference = ui_test_time_plain_view (left_text);

  /* Diptych: load both files, diff, tag, paint. */
  start = g_get_monotonic_time ();
  window = diptych_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  diptych_window_open_pair (window, left, right);
  gtk_window_present (GTK_WINDOW (window));
  while (!ui_test_pair_is_open (diptych_window_get_pair_view (window)))
    g_main_context_iteration (NULL, TRUE);
  t_diptych = ui_test_wait_for_paint (GTK_WIDGET (window), start);

  g_print ("1 MB pair, ~1%% changed (%u changes shown)\n",
           diptych_pair_view_get_n_shown (diptych_window_get_pair_view (window)));
  g_print ("plain GtkTextView, left text only: %.3f s to first frame\n", t_reference);
  g_print ("Diptych window, diff painted:      %.3f s to first frame (%.2f× the plain view; target ≤ 1 s)\n",
           t_diptych, t_diptych / t_reference);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (left_path);
  g_unlink (right_path);

  return t_diptych <= 1.0 ? 0 : 1;
}
