/* bench-annotations.c: opening an article with 10,000 marks
 *
 * Writes a long article (about 1 MB) and a sidecar with 10,000 marks of all
 * three kinds, opens a window on it under the display it is given, and
 * reports the time until the marks are painted, next to the time a plain
 * GtkTextView takes to paint the same text, measured in the same run (the
 * machines are shared and noisy, so the ratio is the figure to compare).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "diptych-annotation-sidebar.h"
#include "diptych-text-file.h"
#include "diptych-window.h"
#include "ui-test-util.h"

#define N_MARKS 10000

static gboolean
marks_loaded (DiptychWindow *window)
{
  DiptychTextPane *pane = diptych_pair_view_get_pane (diptych_window_get_pair_view (window), DIPTYCH_SIDE_LEFT);
  DiptychAnnotationStore *store = diptych_annotation_layer_get_store (diptych_text_pane_get_layer (pane));

  return store != NULL && g_list_model_get_n_items (G_LIST_MODEL (store)) == N_MARKS;
}

typedef struct
{
  gint64   began;
  gint64   ended;
} Frame;

static void
before_paint_cb (GdkFrameClock *clock,
                 Frame         *frame)
{
  if (frame->began == 0)
    frame->began = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->began != 0 && frame->ended == 0)
    frame->ended = g_get_monotonic_time ();
}

/* The work of one scroll step: setting the value, then the next frame
 * from its start to its end (not the wait for the frame's turn).
 */
static double
time_scroll_step (GtkWidget     *window,
                  GtkAdjustment *adjustment,
                  double         value)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { 0, 0 };
  gulong before, after;
  gint64 start = g_get_monotonic_time (), set;

  before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &frame);
  after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  gtk_adjustment_set_value (adjustment, value);
  set = g_get_monotonic_time () - start;
  while (frame.ended == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);
  return (set + frame.ended - frame.began) / (double)G_USEC_PER_SEC;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sidecar_path = NULL;
  g_autoptr(GString) article = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(DiptychSidecar) sidecar = NULL;
  DiptychWindow *window;
  DiptychAnnotationStore *store;
  double t_reference, t_diptych;
  gint64 start, longest;
  UiTestTicker ticker = { 0 };

  if (!gtk_init_check ())
    {
      g_printerr ("bench-annotations: no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();

  /* 10,000 sentences, each with a source, a claim or a figure. */
  for (guint i = 0; i < N_MARKS; i++)
    g_string_append_printf (article, "Officials in district %u said the strike killed nearly %u people, "
                                     "including %u children, and the ministry denied it.%s",
                            i, 10 + i % 90, 1 + i % 9, i % 5 == 4 ? "\n\n" : " ");

  dir = g_dir_make_tmp ("diptych-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "long.txt", NULL);
  g_file_set_contents (path, article->str, article->len, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  /* The other side: the same text, without marks. */
  copy_path = g_build_filename (dir, "copy.txt", NULL);
  g_file_set_contents (copy_path, article->str, article->len, &error);
  g_assert_no_error (error);
  copy = g_file_new_for_path (copy_path);
  text = diptych_text_new_from_file (file, NULL, &error);
  g_assert_no_error (error);

  sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_no_error (error);
  store = diptych_sidecar_get_store (sidecar);
  {
    const char *contents = diptych_text_get_contents (text, NULL);
    const char *p = contents;

    for (guint i = 0; i < N_MARKS; i++)
      {
        const char *words[] = { "Officials in district", "killed nearly", "the ministry denied it" };
        const char *at = strstr (p, words[i % 3]);
        /* The article is ASCII: bytes are characters. */
        gsize start_char = at - contents;
        g_autoptr(DiptychAnnotation) a =
          diptych_annotation_new ((DiptychAnnotationKind)(i % 3), text, start_char,
                                  start_char + g_utf8_strlen (words[i % 3], -1));

        diptych_annotation_store_add (store, a);
        p = strstr (at, ".") + 1;
      }
  }
  diptych_sidecar_save (sidecar, NULL, &error);
  g_assert_no_error (error);
  sidecar_path = g_file_get_path (diptych_sidecar_get_file (sidecar));

  /* Reference: a plain text view showing the article. */
  t_reference = ui_test_time_plain_view (article->str);

  /* Diptych: the article and its 10,000 marks, loaded, tagged, listed. */
  start = g_get_monotonic_time ();
  window = diptych_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  ui_test_ticker_start (&ticker, 4);
  diptych_window_open_pair (window, file, copy);
  gtk_window_present (GTK_WINDOW (window));
  while (!ui_test_pair_is_open (diptych_window_get_pair_view (window)) || !marks_loaded (window))
    g_main_context_iteration (NULL, TRUE);
  t_diptych = ui_test_wait_for_paint (GTK_WIDGET (window), start);
  longest = ui_test_ticker_take (&ticker);
  ui_test_ticker_stop (&ticker);

  /* The list: every mark listed, scrolled a screenful at a time and in
   * small steps, each step timed to its painted frame.
   */
  {
    DiptychAnnotationSidebar *sidebar = DIPTYCH_ANNOTATION_SIDEBAR (diptych_window_get_sidebar (window));
    GtkListView *list = diptych_annotation_sidebar_get_list_view (sidebar);
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
    g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
    gint64 list_start = g_get_monotonic_time ();
    double worst = 0, total = 0, jump_total = 0, jump_worst = 0;
    guint over = 0, jump_over = 0;

    gtk_widget_set_visible (GTK_WIDGET (sidebar), TRUE);
    if (g_getenv ("BENCH_LIST_ONLY"))
      gtk_widget_set_visible (GTK_WIDGET (diptych_window_get_pair_view (window)), FALSE);
    while (diptych_annotation_sidebar_get_n_rows (sidebar) < N_MARKS)
      g_main_context_iteration (NULL, TRUE);
    ui_test_wait_for_paint (GTK_WIDGET (window), list_start);
    g_print ("list: %u rows listed, %.1f ms from open to listed\n",
             diptych_annotation_sidebar_get_n_rows (sidebar), (g_get_monotonic_time () - list_start) / 1000.0);

    /* 200 steps of a third of a page, then 50 jumps across the whole list. */
    for (guint i = 0; i < 250; i++)
      {
        double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
        double value = i < 200 ? gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) / 3
                               : upper * ((i * 7919) % 50) / 49.0;
        double seconds = time_scroll_step (GTK_WIDGET (window), adjustment, MIN (value, upper));

        if (g_getenv ("BENCH_VERBOSE"))
          g_print ("%u %.1f\n", i, seconds * 1000);
        if (i >= 200)
          {
            jump_total += seconds;
            jump_worst = MAX (jump_worst, seconds);
            jump_over += seconds > 0.016;
            continue;
          }
        g_array_append_val (frames, seconds);
        total += seconds;
        worst = MAX (worst, seconds);
        over += seconds > 0.016;
      }
    g_array_sort (frames, compare_doubles);
    g_print ("list scrolling, %u steps of a third of a page: median %.1f ms, 95th percentile %.1f ms, "
             "worst %.1f ms, mean %.1f ms per frame; %u over 16 ms\n",
             frames->len, 1000 * g_array_index (frames, double, frames->len / 2),
             1000 * g_array_index (frames, double, frames->len * 95 / 100), 1000 * worst,
             1000 * total / frames->len, over);
    g_print ("list jumps, 50 to anywhere in the list: mean %.1f ms, worst %.1f ms per frame; %u over 16 ms\n",
             1000 * jump_total / 50, 1000 * jump_worst, jump_over);
  }

  /* Scrolling: a page at a time through the marked article, each step
   * timed to its painted frame.
   */
  {
    GtkTextView *view = GTK_TEXT_VIEW (diptych_text_pane_get_view (
      diptych_pair_view_get_pane (diptych_window_get_pair_view (window), DIPTYCH_SIDE_LEFT)));
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
    double total = 0, worst = 0;
    guint steps = 60;

    for (guint i = 1; i <= steps; i++)
      {
        gint64 step_start = g_get_monotonic_time ();
        double seconds;

        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * i / (steps + 1));
        seconds = ui_test_wait_for_paint (GTK_WIDGET (window), step_start);
        total += seconds;
        worst = MAX (worst, seconds);
      }
    g_print ("scrolling a page at a time: %.1f ms per frame on average, %.1f ms at worst\n",
             1000 * total / steps, 1000 * worst);
  }

  g_print ("article of %.1f MB with %u marks, beside an unmarked copy\n",
           article->len / 1e6, N_MARKS);
  g_print ("plain GtkTextView, one text:   %.3f s to first frame\n", t_reference);
  g_print ("Diptych window, marks painted: %.3f s to first frame (%.2f× the plain view; target ≤ 0.5 s)\n",
           t_diptych, t_diptych / t_reference);
  g_print ("longest main-loop iteration until then: %.0f ms\n", longest / 1000.0);

  gtk_window_destroy (GTK_WINDOW (window));
  if (g_getenv ("BENCH_KEEP") != NULL)
    {
      g_print ("kept %s\n", path);
      return 0;
    }
  g_unlink (sidecar_path);
  g_unlink (copy_path);
  g_unlink (path);
  g_rmdir (dir);

  return t_diptych <= 0.5 ? 0 : 1;
}
