/* test-annotation-editor.c: editing a mark's fields in a real window, by
 * keyboard, without the editor rebuilding under the user
 *
 * Focus moves the way Tab moves it (gtk_widget_child_focus), Enter is the
 * entry's "activate"; tools/drive.py checks the same with real keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "diptych-annotation-sidebar.h"
#include "diptych-window.h"
#include "ui-test-util.h"

#define LEFT  TEST_DATA_DIR "/000_623877efd72da243.txt"
#define RIGHT TEST_DATA_DIR "/001_3071ba8c4e40be15.txt"

typedef struct
{
  char          *dir;
  DiptychWindow *window;
} Fixture;

static DiptychTextPane *
pane (Fixture     *f,
      DiptychSide  side)
{
  return diptych_pair_view_get_pane (diptych_window_get_pair_view (f->window), side);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GFile) left = NULL;
  g_autoptr(GFile) right = NULL;
  const char *sources[] = { LEFT, RIGHT };
  const char *names[] = { "original.txt", "copy.txt" };

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  f->dir = g_dir_make_tmp ("diptych-editor-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      gsize length;

      g_file_get_contents (sources[i], &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (path, contents, length, &error);
      g_assert_no_error (error);
      if (i == 0)
        left = g_file_new_for_path (path);
      else
        right = g_file_new_for_path (path);
    }

  f->window = diptych_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 860);
  gtk_window_present (GTK_WINDOW (f->window));
  diptych_window_open_pair (f->window, left, right);
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (f->window));
  ui_test_wait_until (ui_test_documents_loaded, f->window);
  ui_test_wait_until (ui_test_widget_is_shown, f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->window));
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static DiptychAnnotationEditor *
editor_of (Fixture *f)
{
  return diptych_annotation_sidebar_get_editor (DIPTYCH_ANNOTATION_SIDEBAR (diptych_window_get_sidebar (f->window)));
}

static GtkWidget *
field (Fixture    *f,
       const char *name)
{
  return diptych_annotation_editor_get_field (editor_of (f), name);
}

static DiptychAnnotationHistory *
history (Fixture *f)
{
  return diptych_mark_controller_get_history (diptych_window_get_marks (f->window));
}

static GtkWidget *
focus_widget (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static gboolean
has_focus_in (Fixture   *f,
              GtkWidget *widget)
{
  GtkWidget *focus = focus_widget (f);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Marks words of the left article as @kind, with focus in the article. */
static DiptychAnnotation *
mark_words (Fixture    *f,
            const char *words,
            const char *kind)
{
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane (f, DIPTYCH_SIDE_LEFT));
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, words, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
  gtk_widget_grab_focus (GTK_WIDGET (diptych_text_pane_get_view (pane (f, DIPTYCH_SIDE_LEFT))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark", "s", kind));
  return diptych_mark_controller_get_selected (diptych_window_get_marks (f->window), NULL);
}

/* What Tab does. */
static void
press_tab (Fixture *f)
{
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
}

/* Types into the focused entry and presses Enter. */
static void
type_and_enter (Fixture    *f,
                GtkWidget  *entry,
                const char *text)
{
  g_assert_true (has_focus_in (f, entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
choose (Fixture   *f,
        GtkWidget *drop_down,
        guint      index)
{
  g_assert_true (has_focus_in (f, drop_down));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), index);
}

static gboolean
popover_shown (gpointer data)
{
  GtkWidget *drop_down = data;

  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_mapped (child))
      return TRUE;
  return FALSE;
}

static gboolean
popover_hidden (gpointer data)
{
  return !popover_shown (data);
}

static GtkWidget *
drop_down_button (GtkWidget *drop_down)
{
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      return child;
  g_assert_not_reached ();
}

/* The reported freeze: type in Name, open the Type drop-down, choose. */
static void
test_freeze (Fixture       *f,
             gconstpointer  data)
{
  DiptychAnnotation *source = mark_words (f, "Syrian health officials", "source");
  GtkWidget *name = field (f, "name"), *type = field (f, "type");
  guint builds = diptych_annotation_editor_get_n_builds (editor_of (f));
  guint undo = diptych_annotation_history_get_n_undo (history (f));

  gtk_widget_grab_focus (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Syrian Ministry of Health");

  /* The click on the drop-down: focus moves to it first, Name commits. */
  gtk_widget_grab_focus (drop_down_button (type));
  gtk_widget_activate (drop_down_button (type));
  ui_test_wait_until (popover_shown, type);
  g_assert_cmpstr (diptych_annotation_get_source (source)->name, ==, "Syrian Ministry of Health");
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 1);
  g_assert_true (has_focus_in (f, type) || popover_shown (type));

  /* Choosing a value closes the popover; focus stays on the drop-down. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (type), DIPTYCH_SOURCE_OFFICIAL);
  gtk_widget_activate (drop_down_button (type));
  ui_test_wait_until (popover_hidden, type);
  g_assert_cmpint (diptych_annotation_get_source (source)->type, ==, DIPTYCH_SOURCE_OFFICIAL);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 2);

  /* The window still takes input: Tab to Note, type, Enter. */
  gtk_widget_grab_focus (type);
  press_tab (f);
  type_and_enter (f, field (f, "note"), "Named in the second paragraph");
  g_assert_cmpstr (diptych_annotation_get_note (source), ==, "Named in the second paragraph");
  g_assert_true (has_focus_in (f, field (f, "note")));

  /* The editor was never rebuilt for the same mark. */
  g_assert_cmpuint (diptych_annotation_editor_get_n_builds (editor_of (f)), ==, builds);
}

/* Every field of a figure, a source and a claim, by keyboard alone. */
static void
test_keyboard_fill (Fixture       *f,
                    gconstpointer  data)
{
  DiptychAnnotation *source, *figure, *claim;
  const DiptychCasualty *c;

  source = mark_words (f, "Syrian health officials", "source");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-editor", NULL));
  type_and_enter (f, field (f, "name"), "Syrian health ministry");
  press_tab (f);
  choose (f, field (f, "type"), DIPTYCH_SOURCE_OFFICIAL);
  press_tab (f);
  type_and_enter (f, field (f, "note"), "the ministry");
  g_assert_cmpstr (diptych_annotation_get_source (source)->name, ==, "Syrian health ministry");
  g_assert_cmpint (diptych_annotation_get_source (source)->type, ==, DIPTYCH_SOURCE_OFFICIAL);
  g_assert_cmpstr (diptych_annotation_get_note (source), ==, "the ministry");

  /* Escape goes back to the article. */
  g_assert_true (gtk_widget_activate_action (field (f, "note"), "editor.return-to-article", NULL));
  g_assert_true (has_focus_in (f, GTK_WIDGET (diptych_text_pane_get_view (pane (f, DIPTYCH_SIDE_LEFT)))));

  figure = mark_words (f, "killing nearly 90 people", "casualty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-editor", NULL));
  choose (f, field (f, "outcome"), DIPTYCH_OUTCOME_KILLED);
  press_tab (f);
  type_and_enter (f, field (f, "raw"), "nearly ninety");
  press_tab (f);
  type_and_enter (f, field (f, "value"), "ninety");
  press_tab (f);
  type_and_enter (f, field (f, "low"), "80");
  press_tab (f);
  type_and_enter (f, field (f, "high"), "90");
  press_tab (f);
  choose (f, field (f, "qualifier"), DIPTYCH_QUALIFIER_AT_MOST);
  press_tab (f);
  choose (f, field (f, "group"), DIPTYCH_GROUP_CIVILIANS);
  press_tab (f);
  choose (f, field (f, "subset_of"), 0);
  press_tab (f);
  choose (f, field (f, "source"), 1);
  press_tab (f);
  type_and_enter (f, field (f, "note"), "from the ministry");

  c = diptych_annotation_get_casualty (figure);
  g_assert_cmpint (c->outcome, ==, DIPTYCH_OUTCOME_KILLED);
  g_assert_cmpstr (c->raw, ==, "nearly ninety");
  g_assert_cmpint (c->value, ==, 90);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "value"))), ==, "90");
  g_assert_cmpint (c->low, ==, 80);
  g_assert_cmpint (c->high, ==, 90);
  g_assert_cmpint (c->qualifier, ==, DIPTYCH_QUALIFIER_AT_MOST);
  g_assert_cmpint (c->group, ==, DIPTYCH_GROUP_CIVILIANS);
  g_assert_null (c->subset_of);
  g_assert_cmpstr (c->source, ==, diptych_annotation_get_id (source));
  g_assert_cmpstr (diptych_annotation_get_note (figure), ==, "from the ministry");

  claim = mark_words (f, "The attack injured hundreds", "claim");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-editor", NULL));
  choose (f, field (f, "speaker"), 1);
  press_tab (f);
  choose (f, field (f, "verdict"), DIPTYCH_VERDICT_DISPUTED);
  press_tab (f);
  type_and_enter (f, field (f, "note"), "no second source");
  g_assert_cmpstr (diptych_annotation_get_claim (claim)->speaker, ==, diptych_annotation_get_id (source));
  g_assert_cmpint (diptych_annotation_get_claim (claim)->verdict, ==, DIPTYCH_VERDICT_DISPUTED);
  g_assert_cmpstr (diptych_annotation_get_note (claim), ==, "no second source");
}

/* What cannot be taken is shown on its field and changes nothing. */
static void
test_invalid_number (Fixture       *f,
                     gconstpointer  data)
{
  DiptychAnnotation *figure = mark_words (f, "killing nearly 90 people", "casualty");
  GtkWidget *value = field (f, "value"), *low = field (f, "low"), *high = field (f, "high");
  guint undo = diptych_annotation_history_get_n_undo (history (f));

  gtk_widget_grab_focus (value);
  type_and_enter (f, value, "ninety-odd");
  g_assert_true (gtk_widget_has_css_class (value, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (value));
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->value, ==, 90);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo);
  /* Leaving the field keeps what was typed, still marked. */
  press_tab (f);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "ninety-odd");
  g_assert_true (gtk_widget_has_css_class (value, "error"));

  /* Number words are numbers. */
  gtk_widget_grab_focus (value);
  type_and_enter (f, value, "two dozen");
  g_assert_false (gtk_widget_has_css_class (value, "error"));
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->value, ==, 24);
  /* "nearly 90": high was the number, and follows it. */
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->high, ==, 24);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 1);

  /* Low 50 above High 24: refused. */
  gtk_widget_grab_focus (low);
  type_and_enter (f, low, "50");
  g_assert_true (gtk_widget_has_css_class (low, "error"));
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->low, ==, DIPTYCH_NO_NUMBER);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 1);
  gtk_widget_grab_focus (high);
  type_and_enter (f, high, "20");
  g_assert_true (gtk_widget_has_css_class (high, "error"));
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->high, ==, 24);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 1);
}

/* One undo step per real edit; a no-op adds none. */
static void
test_undo_count (Fixture       *f,
                 gconstpointer  data)
{
  DiptychAnnotation *source = mark_words (f, "Syrian health officials", "source");
  GtkWidget *name = field (f, "name");
  guint undo = diptych_annotation_history_get_n_undo (history (f));

  gtk_widget_grab_focus (name);
  type_and_enter (f, name, "Health ministry");
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 1);
  /* Enter again, then leaving: the same value, nothing new. */
  g_signal_emit_by_name (name, "activate");
  press_tab (f);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (f, "type")), diptych_annotation_get_source (source)->type);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (history (f)), ==, undo + 1);

  /* Undo puts the old name back into the field, in place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Syrian health officials");
  g_assert_true (diptych_annotation_editor_get_annotation (editor_of (f)) == source);
}

/* Runs what @key does in @widget's own shortcut controllers, as a key
 * press there would (capture phase: before the text view's bindings).
 */
static gboolean
press_in (GtkWidget       *widget,
          guint            key,
          GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == key &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* Alt+Down with the focus in an article; previous from the end goes to the
 * last change; the change and the selected mark have frames of their own.
 */
static void
test_change_navigation (Fixture       *f,
                        gconstpointer  data)
{
  DiptychPairView *pair_view = diptych_window_get_pair_view (f->window);
  DiptychTextView *view = diptych_text_pane_get_view (pane (f, DIPTYCH_SIDE_LEFT));
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane (f, DIPTYCH_SIDE_LEFT));
  guint n = diptych_pair_view_get_n_shown (pair_view);
  GtkTextIter iter;
  gint start, end;

  g_assert_cmpuint (n, >, 1);
  gint expected = -1;

  /* The caret at the top of what is shown: the next change is the first
   * one from there.
   */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), 0);
  ui_test_settle ();
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, diptych_text_view_get_top_offset (view));
  gtk_text_buffer_place_cursor (buffer, &iter);
  for (guint i = 0; i < n && expected < 0; i++)
    if (diptych_pair_view_get_shown_change (pair_view, i)->left_start >= (gsize)gtk_text_iter_get_offset (&iter))
      expected = i;
  g_assert_cmpint (expected, >=, 0);
  g_assert_cmpint (expected, <, (gint)n - 1);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (press_in (GTK_WIDGET (view), GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpint (diptych_pair_view_get_current (pair_view), ==, expected);
  g_assert_true (press_in (GTK_WIDGET (view), GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpint (diptych_pair_view_get_current (pair_view), ==, expected + 1);

  /* A mark selected now keeps the change's frame where it is. */
  mark_words (f, "Syrian health officials", "source");
  g_assert_true (diptych_text_view_get_outline (view, &start, &end));
  g_assert_true (diptych_text_view_get_mark_outline (view, &start, &end));
  g_assert_cmpint (diptych_pair_view_get_current (pair_view), ==, expected + 1);

  /* From the end of the article, the nearest change above. */
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  {
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

    for (guint i = 0; i < 3; i++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        ui_test_settle ();
      }
  }
  g_assert_true (press_in (GTK_WIDGET (view), GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_cmpint (diptych_pair_view_get_current (pair_view), ==, n - 1);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/diptych/annotation-editor/freeze", test_freeze);
  ADD ("/diptych/annotation-editor/keyboard-fill", test_keyboard_fill);
  ADD ("/diptych/annotation-editor/invalid-number", test_invalid_number);
  ADD ("/diptych/annotation-editor/undo-count", test_undo_count);
  ADD ("/diptych/annotation-editor/change-navigation", test_change_navigation);
#undef ADD

  return g_test_run ();
}
