/* test-change-map.c: the change map beside each pane, in a real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "diptych-change-map.h"
#include "diptych-window.h"
#include "ui-test-util.h"

static DiptychWindow *
open_window (const char *left,
             const char *right)
{
  DiptychWindow *window = diptych_window_new (NULL);
  g_autoptr(GFile) lf = g_file_new_for_path (left);
  g_autoptr(GFile) rf = g_file_new_for_path (right);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  diptych_window_open_pair (window, lf, rf);
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (window));
  ui_test_wait_until (ui_test_widget_is_shown, window);
  ui_test_settle ();
  return window;
}

static DiptychChangeMap *
map_of (DiptychWindow *window,
        DiptychSide    side)
{
  return diptych_text_pane_get_change_map (diptych_pair_view_get_pane (diptych_window_get_pair_view (window),
                                                                       side));
}

static GtkTextView *
view_of (DiptychWindow *window,
         DiptychSide    side)
{
  return GTK_TEXT_VIEW (diptych_text_pane_get_view (diptych_pair_view_get_pane (diptych_window_get_pair_view (window),
                                                                                side)));
}

typedef struct
{
  GtkTextView *view;
  gsize        offset;
} InView;

static gboolean
offset_in_view (gpointer data)
{
  InView *in_view = data;
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (in_view->view, &visible);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (in_view->view), &iter,
                                      in_view->offset);
  gtk_text_view_get_iter_location (in_view->view, &iter, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* The map's own click handling: its drag gesture, as a click starts it. */
static void
click_map (DiptychChangeMap *map,
           double            y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));
  gboolean clicked = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        {
          g_signal_emit_by_name (controller, "drag-begin", 4.0, y);
          g_signal_emit_by_name (controller, "drag-end", 0.0, 0.0);
          clicked = TRUE;
        }
    }
  g_assert_true (clicked);
}

static char *
write_long_pair_side (gboolean right)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  for (guint i = 0; i < 300; i++)
    {
      g_string_append_printf (text, "Paragraph %u says something about event %u, and more "
                              "words follow so that the line wraps in a pane.\n\n",
                              i, right && i % 25 == 7 ? i * 9 : i * 7);
      if (right && i % 40 == 0)
        g_string_append_printf (text, "An inserted paragraph number %u.\n\n", i);
    }
  fd = g_file_open_tmp ("diptych-map-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text->str, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_change_map_marks_and_click (void)
{
  g_autofree char *left_path = write_long_pair_side (FALSE);
  g_autofree char *right_path = write_long_pair_side (TRUE);
  DiptychWindow *window = open_window (left_path, right_path);
  DiptychPairView *pair_view = diptych_window_get_pair_view (window);
  guint n_shown = diptych_pair_view_get_n_shown (pair_view);

  g_assert_cmpuint (n_shown, >, 10);
  for (guint side = 0; side < 2; side++)
    {
      DiptychChangeMap *map = map_of (window, side);
      GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view_of (window, side)));
      double previous = -1, top, bottom;
      const DiptychChange *last;
      InView in_view = { view_of (window, side), 0 };

      ui_test_wait_until (ui_test_widget_is_shown, map);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map)), <=, 16);

      /* One mark per shown change, in the order of the text, inside the map. */
      g_assert_cmpuint (diptych_change_map_get_n_marks (map), ==, n_shown);
      for (guint i = 0; i < n_shown; i++)
        {
          g_assert_true (diptych_change_map_get_mark_extent (map, i, &top, &bottom));
          g_assert_cmpfloat (top, >=, previous);
          g_assert_cmpfloat (bottom, <=, gtk_widget_get_height (GTK_WIDGET (map)) + 2);
          previous = top;
        }
      g_assert_false (diptych_change_map_get_mark_extent (map, n_shown, &top, &bottom));

      /* A click on the last change's mark brings it into view. */
      gtk_adjustment_set_value (adjustment, 0);
      ui_test_settle ();
      last = diptych_pair_view_get_shown_change (pair_view, n_shown - 1);
      in_view.offset = side == DIPTYCH_SIDE_RIGHT ? last->right_start : last->left_start;
      g_assert_false (offset_in_view (&in_view));
      g_assert_true (diptych_change_map_get_mark_extent (map, n_shown - 1, &top, &bottom));
      click_map (map, (top + bottom) / 2);
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
      ui_test_wait_until (offset_in_view, &in_view);
    }

  /* Shown changes follow the typography toggle. */
  diptych_pair_view_set_show_typography (pair_view, !diptych_pair_view_get_show_typography (pair_view));
  ui_test_settle ();
  g_assert_cmpuint (diptych_change_map_get_n_marks (map_of (window, DIPTYCH_SIDE_LEFT)), ==,
                    diptych_pair_view_get_n_shown (pair_view));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (left_path);
  g_unlink (right_path);
}

static void
test_change_map_accessible (void)
{
  g_autoptr(DiptychChangeMap) map = g_object_ref_sink (DIPTYCH_CHANGE_MAP (diptych_change_map_new ()));

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (map)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_cmpuint (diptych_change_map_get_n_marks (map), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/diptych/change-map/marks-and-click", test_change_map_marks_and_click);
  g_test_add_func ("/diptych/change-map/accessible", test_change_map_accessible);

  return g_test_run ();
}
