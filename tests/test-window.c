/* test-window.c: the window on the example pair, in a real window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "diptych-application.h"
#include "diptych-preferences-window.h"
#include "diptych-connector.h"
#include "diptych-window.h"
#include "ui-test-util.h"

#define LEFT  TEST_DATA_DIR "/000_623877efd72da243.txt"
#define RIGHT TEST_DATA_DIR "/001_3071ba8c4e40be15.txt"

static DiptychWindow *
open_window (const char *left,
             const char *right)
{
  DiptychWindow *window = diptych_window_new (NULL);
  g_autoptr(GFile) lf = left ? g_file_new_for_path (left) : NULL;
  g_autoptr(GFile) rf = right ? g_file_new_for_path (right) : NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  if (left != NULL || right != NULL)
    diptych_window_open_pair (window, lf, rf);
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (window));
  ui_test_wait_until (ui_test_widget_is_shown, window);
  ui_test_settle ();
  return window;
}

static GtkTextBuffer *
buffer_of (DiptychWindow *window,
           DiptychSide    side)
{
  return diptych_text_pane_get_buffer (diptych_pair_view_get_pane (diptych_window_get_pair_view (window), side));
}

static GtkTextView *
view_of (DiptychWindow *window,
         DiptychSide    side)
{
  return GTK_TEXT_VIEW (diptych_text_pane_get_view (diptych_pair_view_get_pane (diptych_window_get_pair_view (window), side)));
}

/* Asserts that exactly [start, end) of @word's first occurrence carries @tag,
 * with the whitespace around it that the change takes along.
 */
static void
assert_word_tagged (GtkTextBuffer *buffer,
                    const char    *word,
                    const char    *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter start, match_start, match_end, before, last;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, word, 0, &match_start, &match_end, NULL));
  while (!gtk_text_iter_starts_tag (&match_start, tag) && gtk_text_iter_backward_char (&match_start))
    g_assert_true (g_unichar_isspace (gtk_text_iter_get_char (&match_start)));
  while (!gtk_text_iter_ends_tag (&match_end, tag) && !gtk_text_iter_is_end (&match_end))
    {
      g_assert_true (g_unichar_isspace (gtk_text_iter_get_char (&match_end)));
      gtk_text_iter_forward_char (&match_end);
    }
  g_assert_true (gtk_text_iter_starts_tag (&match_start, tag));
  g_assert_true (gtk_text_iter_ends_tag (&match_end, tag));
  last = match_end;
  gtk_text_iter_backward_char (&last);
  g_assert_true (gtk_text_iter_has_tag (&last, tag));
  before = match_start;
  if (gtk_text_iter_backward_char (&before))
    g_assert_false (gtk_text_iter_has_tag (&before, tag));
}

static guint
count_tagged_quotes (GtkTextBuffer *buffer)
{
  GtkTextIter iter;
  guint n = 0;

  for (gtk_text_buffer_get_start_iter (buffer, &iter);
       !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_char (&iter))
    {
      gunichar c = gtk_text_iter_get_char (&iter);
      g_autoptr(GSList) tags = NULL;

      if (c != 0x201C && c != 0x201D)
        continue;
      tags = gtk_text_iter_get_tags (&iter);
      for (GSList *l = tags; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;

          g_object_get (l->data, "name", &name, NULL);
          if (name != NULL && g_str_has_prefix (name, "diff-"))
            n++;
        }
    }
  return n;
}

static void
test_window_tags_example_pair (void)
{
  DiptychWindow *window = open_window (LEFT, RIGHT);
  DiptychPairView *pair_view = diptych_window_get_pair_view (window);
  GtkTextBuffer *left = buffer_of (window, DIPTYCH_SIDE_LEFT);
  GtkTextBuffer *right = buffer_of (window, DIPTYCH_SIDE_RIGHT);

  g_assert_cmpstr (diptych_window_get_page (window), ==, "pair");
  g_assert_nonnull (diptych_pair_view_get_diff (pair_view));

  assert_word_tagged (left, "Russian-US", "diff-delete");
  assert_word_tagged (left, "fact-finding", "diff-delete");
  assert_word_tagged (left, "peace-breaker", "diff-delete");
  assert_word_tagged (left, "state-run", "diff-delete");
  assert_word_tagged (right, "(CNN)", "diff-insert");

  /* Typography is hidden by default: no quote is marked. */
  g_assert_cmpuint (diptych_pair_view_get_n_shown (pair_view), ==, 6);
  g_assert_cmpuint (count_tagged_quotes (left), ==, 0);
  g_assert_cmpuint (count_tagged_quotes (right), ==, 0);

  diptych_pair_view_set_show_typography (pair_view, TRUE);
  g_assert_cmpuint (count_tagged_quotes (left), >, 0);
  g_assert_cmpuint (count_tagged_quotes (right), >, 0);
  g_assert_cmpuint (diptych_pair_view_get_n_shown (pair_view), >, 6);

  diptych_pair_view_set_show_typography (pair_view, FALSE);
  g_assert_cmpuint (count_tagged_quotes (left), ==, 0);
  g_assert_cmpuint (diptych_pair_view_get_n_shown (pair_view), ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
range_in_view (GtkTextView *view,
               gsize        offset)
{
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset);
  gtk_text_view_get_iter_location (view, &iter, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static gboolean
connector_drew_bands (gpointer data)
{
  return diptych_connector_get_n_drawn (data) > 0;
}

static void
test_window_next_change (void)
{
  DiptychWindow *window = open_window (LEFT, RIGHT);
  DiptychPairView *pair_view = diptych_window_get_pair_view (window);
  const DiptychChange *change;
  gint start, end;

  g_assert_cmpint (diptych_pair_view_get_current (pair_view), ==, -1);
  g_assert_cmpstr (diptych_window_get_position_text (window), ==, "6 changes");

  /* The strip between the panes joins the changes in view. */
  ui_test_wait_until (connector_drew_bands, diptych_pair_view_get_connector (pair_view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-change", NULL));
  g_assert_cmpint (diptych_pair_view_get_current (pair_view), ==, 0);
  g_assert_cmpstr (diptych_window_get_position_text (window), ==, "1 of 6");

  /* The last change, far down: both panes outline it and show it. */
  for (guint i = 0; i < 4; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-change", NULL);
  ui_test_settle ();
  g_assert_cmpstr (diptych_window_get_position_text (window), ==, "5 of 6");
  change = diptych_pair_view_get_shown_change (pair_view, 4);

  g_assert_true (diptych_text_view_get_outline (DIPTYCH_TEXT_VIEW (view_of (window, DIPTYCH_SIDE_LEFT)), &start, &end));
  g_assert_cmpint (start, ==, change->left_start);
  g_assert_cmpint (end, ==, change->left_end);
  g_assert_true (diptych_text_view_get_outline (DIPTYCH_TEXT_VIEW (view_of (window, DIPTYCH_SIDE_RIGHT)), &start, &end));
  g_assert_cmpint (start, ==, change->right_start);
  g_assert_true (range_in_view (view_of (window, DIPTYCH_SIDE_LEFT), change->left_start));
  g_assert_true (range_in_view (view_of (window, DIPTYCH_SIDE_RIGHT), change->right_start));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-change", NULL);
  g_assert_cmpstr (diptych_window_get_position_text (window), ==, "4 of 6");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
right_top_is_at (gpointer data)
{
  GtkTextIter *iter = data;
  GtkTextView *view = GTK_TEXT_VIEW (g_object_get_data (G_OBJECT (gtk_text_iter_get_buffer (iter)), "view"));
  GdkRectangle visible, location;

  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  double highest = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, iter, &location);
  /* Level, unless the pane cannot scroll that far. */
  return ABS (MIN (location.y, highest) - visible.y) <= location.height * 2;
}

static void
test_window_synchronised_scrolling (void)
{
  DiptychWindow *window = open_window (LEFT, RIGHT);
  DiptychPairView *pair_view = diptych_window_get_pair_view (window);
  GtkTextView *left = view_of (window, DIPTYCH_SIDE_LEFT);
  GtkTextView *right = view_of (window, DIPTYCH_SIDE_RIGHT);
  GtkAdjustment *left_adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (left));
  GtkAdjustment *right_adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (right));
  GtkTextIter iter;
  gsize left_top, mapped;
  double before;

  g_object_set_data (G_OBJECT (gtk_text_view_get_buffer (right)), "view", right);

  g_assert_cmpfloat (gtk_adjustment_get_upper (left_adj), >, gtk_adjustment_get_page_size (left_adj));

  gtk_adjustment_set_value (left_adj, gtk_adjustment_get_upper (left_adj) / 3);
  ui_test_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (right_adj), >, 0);

  /* The text at the top of the left pane comes to the top of the right one
   * (once the text views have laid out the lines they estimated).
   */
  left_top = diptych_text_view_get_top_offset (DIPTYCH_TEXT_VIEW (left));
  mapped = diptych_diff_map_left_to_right (diptych_pair_view_get_diff (pair_view), left_top);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (right), &iter, mapped);
  ui_test_wait_until (right_top_is_at, &iter);

  /* Unlinked, the right pane stays where it is. */
  diptych_pair_view_set_link_scrolling (pair_view, FALSE);
  before = gtk_adjustment_get_value (right_adj);
  gtk_adjustment_set_value (left_adj, 0);
  ui_test_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (right_adj), ==, before);
  diptych_pair_view_set_link_scrolling (pair_view, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("diptych-window-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Two long texts where the right one has extra paragraphs: aligned text
 * is at different heights, and both panes can scroll far.
 */
static void
test_window_synchronised_scrolling_long (void)
{
  g_autoptr(GString) left_text = g_string_new (NULL);
  g_autoptr(GString) right_text = g_string_new (NULL);
  g_autofree char *left_path = NULL;
  g_autofree char *right_path = NULL;
  DiptychWindow *window;
  GtkTextView *left, *right;
  GtkAdjustment *left_adj;
  GtkTextIter iter;
  gsize mapped;

  for (guint i = 0; i < 300; i++)
    {
      g_string_append_printf (left_text, "Paragraph %u says something about event %u.\n\n", i, i * 7);
      g_string_append_printf (right_text, "Paragraph %u says something about event %u.\n\n", i, i * 7);
      if (i % 5 == 0)
        g_string_append_printf (right_text, "An inserted paragraph number %u.\n\n", i);
    }
  left_path = write_temp (left_text->str);
  right_path = write_temp (right_text->str);

  window = open_window (left_path, right_path);
  left = view_of (window, DIPTYCH_SIDE_LEFT);
  right = view_of (window, DIPTYCH_SIDE_RIGHT);
  left_adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (left));
  g_object_set_data (G_OBJECT (gtk_text_view_get_buffer (right)), "view", right);

  gtk_adjustment_set_value (left_adj, gtk_adjustment_get_upper (left_adj) / 2);
  ui_test_settle ();

  mapped = diptych_diff_map_left_to_right (diptych_pair_view_get_diff (diptych_window_get_pair_view (window)),
                                           diptych_text_view_get_top_offset (DIPTYCH_TEXT_VIEW (left)));
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (right), &iter, mapped);
  ui_test_wait_until (right_top_is_at, &iter);
  /* The right pane went further down than the left one: it has more text above. */
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (right))), >,
                     gtk_adjustment_get_value (left_adj));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (left_path);
  g_unlink (right_path);
}

static void
test_window_invalid_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = NULL;
  DiptychWindow *window;
  DiptychPairView *pair_view;
  DiptychTextPane *right_pane;
  int fd;

  fd = g_file_open_tmp ("diptych-bad-XXXXXX.txt", &bad, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (bad, "caf\xE9 au lait\n", -1, &error);
  g_assert_no_error (error);

  window = open_window (LEFT, bad);
  pair_view = diptych_window_get_pair_view (window);
  right_pane = diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_RIGHT);

  g_assert_null (diptych_pair_view_get_diff (pair_view));
  g_assert_nonnull (diptych_text_pane_get_error (right_pane));
  g_assert_nonnull (strstr (diptych_text_pane_get_error (right_pane), bad));
  g_assert_nonnull (strstr (diptych_text_pane_get_error (right_pane), "UTF-8"));
  /* The other side is still there to read. */
  g_assert_nonnull (diptych_text_pane_get_text (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_LEFT)));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer_of (window, DIPTYCH_SIDE_LEFT)), ==, 4339);

  /* Replacing the bad side makes the pair. */
  {
    g_autoptr(GFile) right = g_file_new_for_path (RIGHT);

    diptych_window_open_pair (window, NULL, right);
    ui_test_wait_until (ui_test_pair_is_open, pair_view);
    g_assert_nonnull (diptych_pair_view_get_diff (pair_view));
    g_assert_null (diptych_text_pane_get_error (right_pane));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (bad);
}

static void
test_window_welcome_and_single_files (void)
{
  DiptychWindow *window = open_window (NULL, NULL);
  DiptychPairView *pair_view = diptych_window_get_pair_view (window);
  g_autoptr(GFile) left = g_file_new_for_path (LEFT);
  g_autoptr(GFile) right = g_file_new_for_path (RIGHT);

  g_assert_cmpstr (diptych_window_get_page (window), ==, "welcome");
  /* A title of its own, and no diff toggles without a diff. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Diptych");
  for (guint i = 0; i < 2; i++)
    {
      const char *toggles[] = { "show-typography", "link-scrolling" };

      g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), toggles[i]));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.swap-sides", NULL);
  g_assert_false (diptych_pair_view_get_loading (pair_view));

  /* One file dropped: it fills the empty side, then the next one the other. */
  diptych_window_open_files (window, &left, 1);
  ui_test_wait_until (ui_test_pair_is_open, pair_view);
  g_assert_cmpstr (diptych_window_get_page (window), ==, "pair");
  g_assert_true (g_file_equal (diptych_pair_view_get_file (pair_view, DIPTYCH_SIDE_LEFT), left));
  g_assert_null (diptych_pair_view_get_diff (pair_view));

  diptych_window_open_files (window, &right, 1);
  ui_test_wait_until (ui_test_pair_is_open, pair_view);
  g_assert_true (g_file_equal (diptych_pair_view_get_file (pair_view, DIPTYCH_SIDE_RIGHT), right));
  g_assert_nonnull (diptych_pair_view_get_diff (pair_view));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-typography"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "link-scrolling"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_application_open (void)
{
  g_autoptr(DiptychApplication) app = diptych_application_new (G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  GFile *files[2];
  GList *windows;
  DiptychWindow *window;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  files[0] = g_file_new_for_path (LEFT);
  files[1] = g_file_new_for_path (RIGHT);
  g_application_open (G_APPLICATION (app), files, 2, "");

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = DIPTYCH_WINDOW (windows->data);
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (window));
  g_assert_true (g_file_equal (diptych_pair_view_get_file (diptych_window_get_pair_view (window), DIPTYCH_SIDE_LEFT), files[0]));
  g_assert_nonnull (diptych_pair_view_get_diff (diptych_window_get_pair_view (window)));

  /* Remembered as a recent pair. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
    g_autoptr(GVariant) recent = g_settings_get_value (settings, "recent-pairs");
    const char *l, *r;
    g_autofree char *left_uri = g_file_get_uri (files[0]);

    g_assert_cmpuint (g_variant_n_children (recent), >=, 1);
    g_variant_get_child (recent, 0, "(&s&s)", &l, &r);
    g_assert_cmpstr (l, ==, left_uri);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

static void
test_window_preferences (void)
{
  DiptychWindow *window = open_window (LEFT, RIGHT);
  GtkWidget *preferences = diptych_preferences_window_new (GTK_WINDOW (window));
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkTextView *left = view_of (window, DIPTYCH_SIDE_LEFT);

  gtk_window_present (GTK_WINDOW (preferences));
  ui_test_wait_until (ui_test_widget_is_shown, preferences);
  ui_test_settle ();
  ui_test_save_screenshot (preferences, "preferences");

  /* The settings reach the windows. */
  g_assert_false (gtk_text_view_get_monospace (left));
  g_settings_set_boolean (settings, "use-monospace", TRUE);
  g_assert_true (gtk_text_view_get_monospace (left));
  g_settings_set_boolean (settings, "show-line-numbers", TRUE);
  g_assert_true (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (left)));
  g_settings_set_boolean (settings, "show-typography-changes", TRUE);
  g_assert_true (diptych_pair_view_get_show_typography (diptych_window_get_pair_view (window)));

  /* The autosave delay, in seconds in the window, in milliseconds in the setting. */
  g_settings_set_uint (settings, "autosave-delay", 2500);
  {
    GtkWidget *spin = NULL;

    for (GtkWidget *w = GTK_WIDGET (preferences); w != NULL; )
      {
        if (GTK_IS_SPIN_BUTTON (w))
          {
            spin = w;
            break;
          }
        /* depth-first walk */
        if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w);
            if (w != NULL)
              w = gtk_widget_get_next_sibling (w);
          }
      }
    g_assert_nonnull (spin);
    g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 2.5, 0.001);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 4.0);
    g_assert_cmpuint (g_settings_get_uint (settings, "autosave-delay"), ==, 4000);
    g_settings_reset (settings, "autosave-delay");
  }

  /* The annotator name that exports give as the creator. */
  {
    GtkWidget *row = NULL;

    for (GtkWidget *w = GTK_WIDGET (preferences); w != NULL && row == NULL; )
      {
        if (ADW_IS_ENTRY_ROW (w))
          row = w;
        else if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w);
            if (w != NULL)
              w = gtk_widget_get_next_sibling (w);
          }
      }
    g_assert_nonnull (row);
    g_settings_set_string (settings, "annotator-name", "Zoë Müller");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Zoë Müller");
    gtk_editable_set_text (GTK_EDITABLE (row), "Ana");
    {
      g_autofree char *name = g_settings_get_string (settings, "annotator-name");

      g_assert_cmpstr (name, ==, "Ana");
    }
    g_settings_reset (settings, "annotator-name");
  }

  g_settings_reset (settings, "use-monospace");
  g_settings_reset (settings, "show-line-numbers");
  g_settings_reset (settings, "show-typography-changes");
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  DiptychWindow *window;
  gboolean       folded;
} FoldWait;

static gboolean
panes_laid_out (gpointer data)
{
  FoldWait *wait = data;
  DiptychPairView *pair_view = diptych_window_get_pair_view (wait->window);

  return diptych_window_get_sidebar_folded (wait->window) == wait->folded &&
         gtk_widget_get_width (GTK_WIDGET (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_LEFT))) > 0 &&
         gtk_widget_get_width (GTK_WIDGET (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_RIGHT))) > 0;
}

/* Shown and slid in all the way. */
static gboolean
sidebar_settled (gpointer data)
{
  GtkWidget *sidebar = data;
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (sidebar));
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (sidebar) && gtk_widget_get_width (sidebar) > 0 &&
         gtk_widget_compute_bounds (sidebar, window, &bounds) &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (window);
}

static gboolean
sidebar_hidden (gpointer data)
{
  return !gtk_widget_get_child_visible (data) || !gtk_widget_get_mapped (data);
}

static void
assert_articles_wide (DiptychWindow *window)
{
  DiptychPairView *pair_view = diptych_window_get_pair_view (window);

  for (guint side = 0; side < 2; side++)
    {
      GtkWidget *pane = GTK_WIDGET (diptych_pair_view_get_pane (pair_view, side));

      g_assert_cmpint (gtk_widget_get_width (pane), >=, 320);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view_of (window, side))), >=, 300);
    }
}

/* 900 × 600: the sidebar leaves the articles their width and comes over
 * them when asked for; a wide window has it beside them again.
 */
static void
test_window_narrow (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  DiptychWindow *window;
  GtkWidget *sidebar;
  FoldWait wait;

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  window = diptych_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  {
    g_autoptr(GFile) left = g_file_new_for_path (LEFT);
    g_autoptr(GFile) right = g_file_new_for_path (RIGHT);

    diptych_window_open_pair (window, left, right);
  }
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (window));
  wait = (FoldWait) { window, TRUE };
  ui_test_wait_until (panes_laid_out, &wait);
  ui_test_settle ();
  sidebar = diptych_window_get_sidebar (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 900);
  g_assert_true (diptych_window_get_sidebar_folded (window));
  /* Folding slides it away. */
  ui_test_wait_until (sidebar_hidden, sidebar);
  assert_articles_wide (window);
  ui_test_save_screenshot (GTK_WIDGET (window), "narrow-folded");

  /* F9 brings it over the articles, which keep their width; the wide
   * layout's choice stays as it was.
   */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  ui_test_wait_until (sidebar_settled, sidebar);
  ui_test_settle ();
  assert_articles_wide (window);
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));
  ui_test_save_screenshot (GTK_WIDGET (window), "narrow-revealed");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));

  /* Wide again: beside the articles. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  wait.folded = FALSE;
  ui_test_wait_until (panes_laid_out, &wait);
  ui_test_wait_until (sidebar_settled, sidebar);
  ui_test_settle ();
  assert_articles_wide (window);
  g_assert_cmpint (gtk_widget_get_width (sidebar), >=, 300);

  g_settings_reset (settings, "sidebar-visible");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
window_is_short (gpointer window)
{
  return gtk_widget_get_height (window) <= 500;
}

/* Entering an article puts the caret at the top of what is shown. */
static void
test_window_caret_on_enter (void)
{
  DiptychWindow *window = open_window (LEFT, RIGHT);
  GtkTextView *left = view_of (window, DIPTYCH_SIDE_LEFT);
  GtkTextView *right = view_of (window, DIPTYCH_SIDE_RIGHT);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (left));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (left);
  GdkRectangle visible, caret;
  GtkTextIter iter;
  gint top;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 500);
  ui_test_wait_until (window_is_short, window);
  gtk_widget_grab_focus (GTK_WIDGET (right));
  while (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) < 200)
    g_main_context_iteration (NULL, TRUE);
  gtk_adjustment_set_value (adjustment, (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) / 2);
  ui_test_settle ();
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 500);
  top = diptych_text_view_get_top_offset (DIPTYCH_TEXT_VIEW (left));
  g_assert_cmpint (top, >, 0);

  gtk_widget_grab_focus (GTK_WIDGET (left));
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_visible_rect (left, &visible);
  gtk_text_view_get_iter_location (left, &iter, &caret);
  g_assert_cmpint (gtk_text_iter_get_offset (&iter), >=, top);
  g_assert_cmpint (caret.y, >=, visible.y);
  g_assert_cmpint (caret.y, <, visible.y + caret.height * 3);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (left), "diptych-text"));

  /* A caret in sight stays where it is. */
  gtk_text_view_forward_display_line (left, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  top = gtk_text_iter_get_offset (&iter);
  gtk_widget_grab_focus (GTK_WIDGET (right));
  gtk_widget_grab_focus (GTK_WIDGET (left));
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_offset (&iter), ==, top);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/diptych/window/tags-example-pair", test_window_tags_example_pair);
  g_test_add_func ("/diptych/window/next-change", test_window_next_change);
  g_test_add_func ("/diptych/window/synchronised-scrolling", test_window_synchronised_scrolling);
  g_test_add_func ("/diptych/window/synchronised-scrolling-long", test_window_synchronised_scrolling_long);
  g_test_add_func ("/diptych/window/invalid-file", test_window_invalid_file);
  g_test_add_func ("/diptych/window/welcome-and-single-files", test_window_welcome_and_single_files);
  g_test_add_func ("/diptych/window/application-open", test_window_application_open);
  g_test_add_func ("/diptych/window/preferences", test_window_preferences);
  g_test_add_func ("/diptych/window/narrow", test_window_narrow);
  g_test_add_func ("/diptych/window/caret-on-enter", test_window_caret_on_enter);

  return g_test_run ();
}
