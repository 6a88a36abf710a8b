/* ui-test-util.c: waiting for a real window, and looking at it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <adwaita.h>

#include "diptych-annotation-layer.h"
#include "diptych-pair-view.h"
#include "diptych-text-pane.h"
#include "ui-test-util.h"

/**
 * ui_test_init:
 *
 * g_test_init(), GTK's and libadwaita's, as each window test's main()
 * starts.
 *
 * Returns: %FALSE without a display: the tests are skipped
 */
gboolean
ui_test_init (int    *argc,
              char ***argv)
{
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

/**
 * ui_test_wait_until:
 *
 * Iterates the main context until @condition holds; fails the test after
 * a minute (sanitizer builds on a busy machine are slow). Tests never
 * sleep for a fixed time.
 */
void
ui_test_wait_until (UiTestCondition condition,
                    gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* Mapped is not allocated: wait for a size too. */
gboolean
ui_test_widget_is_shown (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_height (widget) > 0;
}

/* An open started with diptych_window_open_pair() has completed. */
gboolean
ui_test_pair_is_open (gpointer pair_view)
{
  return !diptych_pair_view_get_loading (pair_view);
}

/* Runs what is pending, such as GtkTextView's layout in idle time. */
void
ui_test_settle (void)
{
  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/**
 * ui_test_save_screenshot:
 *
 * With DIPTYCH_TEST_SCREENSHOTS=DIR, saves what @widget shows as
 * DIR/@name.png, to look at.
 */
void
ui_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("DIPTYCH_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  paintable = gtk_widget_paintable_new (widget);
  /* The first frames of a new window may not be drawn yet. */
  for (gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       node == NULL && g_get_monotonic_time () < deadline;
       g_main_context_iteration (NULL, FALSE))
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                              gtk_widget_get_height (widget));
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, NULL);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}

/* The article again and again, paragraphs kept, up to @size bytes. */
static char *
make_left (const char *article_path,
           gsize       size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *article = NULL;
  GString *s = g_string_sized_new (size + 8192);

  g_file_get_contents (article_path, &article, NULL, &error);
  g_assert_no_error (error);
  while (s->len < size)
    {
      g_string_append (s, article);
      g_string_append (s, "\n\n");
    }
  return g_string_free (s, FALSE);
}

/* About 1% of the words edited: replaced, left out, or one added. */
static char *
make_right (const char *left,
            guint      *n_edits)
{
  static const char *replacements[] = { "reportedly", "officials", "seven", "allegedly", "Monday" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2017);
  GString *s = g_string_sized_new (strlen (left) + 8192);
  const char *p = left;

  *n_edits = 0;
  while (*p != '\0')
    {
      const char *space = strchr (p, ' ');
      gsize len = space != NULL ? (gsize)(space - p) + 1 : strlen (p);

      if (g_rand_double (rand) < 0.01 && memchr (p, '\n', len) == NULL)
        {
          const char *word = replacements[g_rand_int_range (rand, 0, G_N_ELEMENTS (replacements))];

          (*n_edits)++;
          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:  /* replaced */
              g_string_append_printf (s, "%s ", word);
              break;
            case 1:  /* left out */
              break;
            default: /* one added */
              g_string_append_printf (s, "%s ", word);
              g_string_append_len (s, p, len);
            }
        }
      else
        g_string_append_len (s, p, len);
      p += len;
    }
  return g_string_free (s, FALSE);
}

char *
ui_test_write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("diptych-test-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

void
ui_test_copy_file (const char *from,
                   const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

/* The annotations of the article shown on @side. */
DiptychAnnotationDocument *
ui_test_document_on (DiptychWindow *window,
                     DiptychSide    side)
{
  DiptychTextPane *pane = diptych_pair_view_get_pane (diptych_window_get_pair_view (window), side);

  return diptych_annotation_layer_get_document (diptych_text_pane_get_layer (pane));
}

/* Whether both articles' annotations are loaded against the texts shown
 * (a file shown on both sides has one document, the left's).
 */
gboolean
ui_test_documents_loaded (gpointer window)
{
  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *document = ui_test_document_on (window, side);
      DiptychText *shown = diptych_text_pane_get_text (diptych_pair_view_get_pane (diptych_window_get_pair_view (window), side));

      if (document == NULL ||
          diptych_annotation_document_get_state (document) == DIPTYCH_DOCUMENT_STATE_LOADING ||
          (diptych_annotation_document_get_text (document) != shown &&
           (side == DIPTYCH_SIDE_LEFT || document != ui_test_document_on (window, DIPTYCH_SIDE_LEFT))))
        return FALSE;
    }
  return TRUE;
}

/**
 * ui_test_write_big_pair:
 * @article_path: a realistic article
 * @size: bytes of the left text
 *
 * Writes the article repeated to @size bytes, and a copy with about 1% of
 * its words edited (replaced, left out, or one added), to temporary files.
 *
 * Returns: how many words were edited
 */
guint
ui_test_write_big_pair (const char  *article_path,
                        gsize        size,
                        char       **left_path,
                        char       **right_path)
{
  g_autofree char *left = make_left (article_path, size);
  guint n_edits;
  g_autofree char *right = make_right (left, &n_edits);

  *left_path = ui_test_write_temp (left);
  *right_path = ui_test_write_temp (right);
  return n_edits;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/**
 * ui_test_wait_for_paint:
 * @start: when the work being timed began (g_get_monotonic_time())
 *
 * Runs until @window has painted a frame.
 *
 * Returns: the seconds since @start
 */
double
ui_test_wait_for_paint (GtkWidget *window,
                        gint64     start)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

/**
 * ui_test_time_plain_view:
 * @text: what to show
 *
 * The reference the benchmarks compare with: a plain GtkTextView showing
 * @text in a window of the benchmark's size.
 *
 * Returns: the seconds from creating the window to its first frame
 */
double
ui_test_time_plain_view (const char *text)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  double seconds;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));
  seconds = ui_test_wait_for_paint (window, start);
  gtk_window_destroy (GTK_WINDOW (window));

  return seconds;
}

static gboolean
ticker_tick_cb (gpointer data)
{
  UiTestTicker *ticker = data;
  gint64 now = g_get_monotonic_time ();

  ticker->longest = MAX (ticker->longest, now - ticker->last);
  ticker->last = now;
  return G_SOURCE_CONTINUE;
}

void
ui_test_ticker_start (UiTestTicker *ticker,
                      guint         interval_ms)
{
  ticker->last = g_get_monotonic_time ();
  ticker->longest = 0;
  ticker->source = g_timeout_add (interval_ms, ticker_tick_cb, ticker);
}

/**
 * ui_test_ticker_take:
 *
 * Returns: the longest gap in microseconds since the start or the last
 *   take, counting the one going on now
 */
gint64
ui_test_ticker_take (UiTestTicker *ticker)
{
  gint64 longest;

  ticker_tick_cb (ticker);
  longest = ticker->longest;
  ticker->longest = 0;
  return longest;
}

void
ui_test_ticker_stop (UiTestTicker *ticker)
{
  g_clear_handle_id (&ticker->source, g_source_remove);
}
