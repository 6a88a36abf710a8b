/* bench-open.c: opening a 5 MB pair, and how long the window stops answering
 *
 * Repeats the example article to 5 MB, edits about 1% of the words of a
 * copy (replaced, deleted or inserted), and opens the pair in a window that
 * is already showing. Reports the time from asking to open to the first
 * frame painted with the diff, and the longest main-loop iteration
 * meanwhile, seen by a timeout that ticks every few milliseconds. Next to
 * them, the time a plain GtkTextView takes to paint the left text, in the
 * same run (the machines are shared and noisy, so ratios are the figures to
 * compare).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "diptych-window.h"
#include "ui-test-util.h"

#define ARTICLE   TEST_DATA_DIR "/000_623877efd72da243.txt"
#define PAIR_SIZE (5 * 1000 * 1000)
#define TICK_MS   4
#define AFTER_PAINT_S 3

static gboolean
pair_is_open (gpointer data)
{
  DiptychPairView *pair_view = data;

  return diptych_pair_view_get_diff (pair_view) != NULL &&
         !diptych_pair_view_get_loading (pair_view);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *left_text = NULL;
  g_autofree char *left_path = NULL;
  g_autofree char *right_path = NULL;
  g_autoptr(GFile) left = NULL;
  g_autoptr(GFile) right = NULL;
  DiptychWindow *window;
  DiptychPairView *pair_view;
  UiTestTicker ticker = { 0 };
  double t_reference, t_diptych;
  gint64 longest_to_paint, longest_after;
  guint n_edits;
  gint64 start;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-open: no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();

  n_edits = ui_test_write_big_pair (ARTICLE, PAIR_SIZE, &left_path, &right_path);
  g_file_get_contents (left_path, &left_text, NULL, NULL);
  left = g_file_new_for_path (left_path);
  right = g_file_new_for_path (right_path);

  /* Reference: a plain text view showing the left text. */
  t_reference = ui_test_time_plain_view (left_text);

  /* The window is up before the pair is asked for, as when the Open
   * dialog answers.
   */
  window = diptych_window_new (NULL);
  pair_view = diptych_window_get_pair_view (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (GTK_WIDGET (window), g_get_monotonic_time ());
  ui_test_settle ();

  ui_test_ticker_start (&ticker, TICK_MS);

  start = g_get_monotonic_time ();
  diptych_window_open_pair (window, left, right);
  while (!pair_is_open (pair_view))
    g_main_context_iteration (NULL, TRUE);
  t_diptych = ui_test_wait_for_paint (GTK_WIDGET (window), start);
  longest_to_paint = ui_test_ticker_take (&ticker);

  /* The text views go on laying out lines in idle time after the first
   * frame: they must not stall the window either.
   */
  for (gint64 end = g_get_monotonic_time () + AFTER_PAINT_S * G_USEC_PER_SEC;
       g_get_monotonic_time () < end; )
    g_main_context_iteration (NULL, TRUE);
  longest_after = ui_test_ticker_take (&ticker);
  ui_test_ticker_stop (&ticker);

  g_print ("%.1f MB pair, %u words edited (%u changes shown)\n",
           strlen (left_text) / 1e6, n_edits, diptych_pair_view_get_n_shown (pair_view));
  g_print ("plain GtkTextView, left text only: %.3f s to first frame\n", t_reference);
  g_print ("Diptych window, diff painted:      %.3f s from open to first frame "
           "(%.2f× the plain view; target ≤ 1.5 s)\n",
           t_diptych, t_diptych / t_reference);
  g_print ("longest main-loop iteration:       %.0f ms until then, %.0f ms in the %d s after "
           "(target ≤ 100 ms)\n",
           longest_to_paint / 1000.0, longest_after / 1000.0, AFTER_PAINT_S);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (left_path);
  g_unlink (right_path);

  return t_diptych <= 1.5 && MAX (longest_to_paint, longest_after) <= 100 * 1000 ? 0 : 1;
}
