/* test-suggestions.c: the detectors' suggestions in a real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "diptych-annotation-history.h"
#include "diptych-detect.h"
#include "diptych-text-file.h"
#include "diptych-window-private.h"
#include "ui-test-util.h"

#define EXAMPLES TEST_DATA_DIR "/../../data/examples"

typedef struct
{
  char          *dir;
  char          *left;
  char          *right;
  char          *sidecar;
  DiptychWindow *window;
  GSettings     *settings;
} Fixture;

static DiptychAnnotationDocument *
left_document (Fixture *f)
{
  return ui_test_document_on (f->window, DIPTYCH_SIDE_LEFT);
}

static DiptychAnnotationStore *
left_store (Fixture *f)
{
  return diptych_annotation_document_get_store (left_document (f));
}

static guint
n_marks (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (left_store (f)));
}

static guint
n_shown (Fixture *f)
{
  GPtrArray *shown = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);

  return shown != NULL ? shown->len : 0;
}

static gboolean
suggestions_ready (gpointer data)
{
  Fixture *f = data;
  DiptychAnnotationDocument *document = left_document (f);

  return document != NULL &&
         diptych_annotation_document_get_state (document) != DIPTYCH_DOCUMENT_STATE_LOADING &&
         !_diptych_window_is_detecting (f->window) && n_shown (f) > 0;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static gint
caret (GtkTextBuffer *buffer)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&iter);
}

static gboolean
saved (gpointer data)
{
  Fixture *f = data;

  return diptych_annotation_document_get_state (left_document (f)) == DIPTYCH_DOCUMENT_STATE_SAVED;
}

static void
open_window (Fixture *f)
{
  g_autoptr(GFile) left = g_file_new_for_path (f->left);
  g_autoptr(GFile) right = g_file_new_for_path (f->right);

  f->window = diptych_window_new (NULL);
  /* Wide enough that the sidebar, with the suggestion list, is not folded. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 860);
  gtk_window_present (GTK_WINDOW (f->window));
  diptych_window_open_pair (f->window, left, right);
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (f->window));
  ui_test_wait_until (suggestions_ready, f);
}

static void
close_window (Fixture *f)
{
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *)&f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  ui_test_wait_until (is_null, &f->window);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_uint (f->settings, "autosave-delay", 200);
  g_settings_set_boolean (f->settings, "show-suggestions", TRUE);
  f->dir = g_dir_make_tmp ("diptych-suggestions-XXXXXX", &error);
  g_assert_no_error (error);
  f->left = g_build_filename (f->dir, "original.txt", NULL);
  f->right = g_build_filename (f->dir, "republished.txt", NULL);
  f->sidecar = g_strconcat (f->left, ".annotations.json", NULL);
  ui_test_copy_file (EXAMPLES "/original.txt", f->left);
  ui_test_copy_file (EXAMPLES "/republished.txt", f->right);
  open_window (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (f->window != NULL)
    close_window (f);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->left);
  g_free (f->right);
  g_free (f->sidecar);
  g_clear_object (&f->settings);
}

/* The first shown suggestion of @kind on the left, with the caret in it. */
static const DiptychSuggestion *
go_to (Fixture               *f,
       DiptychAnnotationKind  kind)
{
  GPtrArray *shown = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  DiptychTextPane *pane = diptych_pair_view_get_pane (diptych_window_get_pair_view (f->window), DIPTYCH_SIDE_LEFT);
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane);

  for (guint i = 0; i < shown->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (shown, i);
      GtkTextIter iter;

      if (s->kind != kind)
        continue;
      gtk_widget_grab_focus (GTK_WIDGET (diptych_text_pane_get_view (pane)));
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, s->start + 1);
      gtk_text_buffer_place_cursor (buffer, &iter);
      return s;
    }
  g_assert_not_reached ();
}

static void
test_appear (Fixture       *f,
             gconstpointer  data)
{
  GPtrArray *shown = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  gboolean figure = FALSE, source = FALSE;

  for (guint i = 0; i < shown->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (shown, i);

      figure |= s->kind == DIPTYCH_ANNOTATION_CASUALTY && strcmp (s->text, "killing nearly 90 people") == 0;
      source |= s->kind == DIPTYCH_ANNOTATION_SOURCE;
    }
  g_assert_true (figure);
  g_assert_true (source);
  g_assert_cmpuint (_diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_RIGHT)->len, >, 0);
}

static void
test_accept_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  const DiptychSuggestion *s = go_to (f, DIPTYCH_ANNOTATION_CASUALTY);
  g_autofree char *text = g_strdup (s->text);
  gint64 value = s->casualty.value;
  DiptychOutcome outcome = s->casualty.outcome;
  guint before = n_shown (f);
  g_autoptr(DiptychAnnotation) mark = NULL;

  g_assert_cmpuint (n_marks (f), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.accept-suggestion", NULL);
  g_assert_cmpuint (n_marks (f), ==, 1);
  mark = g_list_model_get_item (G_LIST_MODEL (left_store (f)), 0);
  g_assert_cmpint (diptych_annotation_get_kind (mark), ==, DIPTYCH_ANNOTATION_CASUALTY);
  g_assert_cmpstr (diptych_annotation_get_exact (mark), ==, text);
  g_assert_cmpint (diptych_annotation_get_casualty (mark)->value, ==, value);
  g_assert_cmpint (diptych_annotation_get_casualty (mark)->outcome, ==, outcome);
  /* Under a mark of its kind, the suggestion is no longer shown. */
  g_assert_cmpuint (n_shown (f), ==, before - 1);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (n_marks (f), ==, 0);
  g_assert_cmpuint (n_shown (f), ==, before);
}

static void
test_reject_persists (Fixture       *f,
                      gconstpointer  data)
{
  const DiptychSuggestion *s = go_to (f, DIPTYCH_ANNOTATION_CASUALTY);
  g_autofree char *text = g_strdup (s->text);
  guint before = n_shown (f);
  GPtrArray *shown;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reject-suggestion", NULL);
  g_assert_cmpuint (n_shown (f), ==, before - 1);
  g_assert_cmpuint (n_marks (f), ==, 0);
  ui_test_wait_until (saved, f);
  close_window (f);
  g_assert_true (g_file_test (f->sidecar, G_FILE_TEST_EXISTS));

  open_window (f);
  g_assert_cmpuint (n_shown (f), ==, before - 1);
  shown = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  for (guint i = 0; i < shown->len; i++)
    {
      const DiptychSuggestion *other = g_ptr_array_index (shown, i);

      g_assert_false (other->kind == DIPTYCH_ANNOTATION_CASUALTY && g_str_equal (other->text, text));
    }
}

static guint
count_kind (Fixture               *f,
            DiptychAnnotationKind  kind)
{
  guint n = 0;

  for (guint side = 0; side < 2; side++)
    {
      GPtrArray *shown = _diptych_window_get_suggestions (f->window, side);

      for (guint i = 0; shown != NULL && i < shown->len; i++)
        n += ((DiptychSuggestion *)g_ptr_array_index (shown, i))->kind == kind;
    }
  return n;
}

static void
test_accept_all_one_step (Fixture       *f,
                          gconstpointer  data)
{
  guint figures = count_kind (f, DIPTYCH_ANNOTATION_CASUALTY);
  guint sources = count_kind (f, DIPTYCH_ANNOTATION_SOURCE);
  guint linked = 0, n;

  g_assert_cmpuint (figures, >, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.accept-all-sources", NULL);
  g_assert_cmpuint (count_kind (f, DIPTYCH_ANNOTATION_SOURCE), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.accept-all-figures", NULL);
  g_assert_cmpuint (count_kind (f, DIPTYCH_ANNOTATION_CASUALTY), ==, 0);

  /* Figures name the marks made of their sources. */
  n = n_marks (f);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (left_store (f)), i);

      if (diptych_annotation_get_kind (a) == DIPTYCH_ANNOTATION_CASUALTY &&
          diptych_annotation_get_casualty (a)->source != NULL)
        {
          g_assert_nonnull (diptych_annotation_store_lookup (left_store (f),
                                                             diptych_annotation_get_casualty (a)->source));
          linked++;
        }
    }
  g_assert_cmpuint (linked, >, 0);

  /* One Ctrl+Z takes back every figure, and only the figures. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (count_kind (f, DIPTYCH_ANNOTATION_CASUALTY), ==, figures);
  g_assert_cmpuint (count_kind (f, DIPTYCH_ANNOTATION_SOURCE), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (count_kind (f, DIPTYCH_ANNOTATION_SOURCE), ==, sources);
  g_assert_cmpuint (n_marks (f), ==, 0);
}

static void
test_setting_hides (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpuint (n_shown (f), >, 0);
  g_settings_set_boolean (f->settings, "show-suggestions", FALSE);
  g_assert_cmpuint (n_shown (f), ==, 0);
  /* Nothing to accept while they are hidden. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.accept-all-figures", NULL);
  g_assert_cmpuint (n_marks (f), ==, 0);
  g_settings_set_boolean (f->settings, "show-suggestions", TRUE);
  ui_test_wait_until (suggestions_ready, f);
  g_assert_cmpuint (n_shown (f), >, 0);
}

/* Tab from the top goes to the first suggestion, then the next. */
static void
test_tab (Fixture       *f,
          gconstpointer  data)
{
  DiptychTextPane *pane = diptych_pair_view_get_pane (diptych_window_get_pair_view (f->window), DIPTYCH_SIDE_LEFT);
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane);
  GPtrArray *shown = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  const DiptychSuggestion *first = g_ptr_array_index (shown, 0);
  const DiptychSuggestion *second = g_ptr_array_index (shown, 1);
  GtkTextIter iter;

  gtk_widget_grab_focus (GTK_WIDGET (diptych_text_pane_get_view (pane)));
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.next-annotation", NULL);
  g_assert_cmpint (caret (buffer), ==, first->start);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.next-annotation", NULL);
  g_assert_cmpint (caret (buffer), ==, second->start);
}

static GtkWidget *
find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_with_action (GtkWidget  *root,
                  const char *action)
{
  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* At the sidebar's own width the Accept All buttons say what they accept:
 * side by side they read "Accept All Fi…" and "Accept All So…".
 */
static void
test_accept_all_labels_in_full (Fixture       *f,
                                gconstpointer  data)
{
  const char *actions[] = { "win.accept-all-figures", "win.accept-all-sources" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = find_with_action (GTK_WIDGET (f->window), actions[i]);
      GtkWidget *label;

      g_assert_nonnull (button);
      ui_test_wait_until (is_drawn, button);
      label = gtk_button_get_child (GTK_BUTTON (button));
      g_assert_true (GTK_IS_LABEL (label));
      g_test_message ("%s: %d px", gtk_label_get_text (GTK_LABEL (label)), gtk_widget_get_width (label));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
    }
}

/* The button of class @css_class in the row at @position of the
 * suggestion list, scrolled to the top: the rows shown are its children
 * in order.
 */
static GtkWidget *
find_row_button (Fixture    *f,
                 const char *css_class,
                 guint       position)
{
  GtkWidget *list = find_with_class (GTK_WIDGET (f->window), "suggestion-list");

  /* Rows are widgets the list recycles, in no set order, some of them kept
   * unshown: the shown row whose list item is at @position.
   */
  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_with_class (child, css_class);
      GtkListItem *item = button ? g_object_get_data (G_OBJECT (button), "list-item") : NULL;

      if (item != NULL && gtk_widget_get_mapped (child) && gtk_list_item_get_position (item) == position)
        return button;
    }
  return NULL;
}

typedef struct
{
  Fixture    *f;
  const char *action;
  guint       position;
} RowButton;

static gboolean
row_button_shown (gpointer data)
{
  RowButton *rb = data;
  GtkWidget *list = find_with_class (GTK_WIDGET (rb->f->window), "suggestion-list");
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  GtkWidget *button = find_row_button (rb->f, rb->action, rb->position);

  /* The rows asked for are the first ones: in sight with the list at its
   * top (the list scrolls to the suggestion in hand, which may be lower).
   */
  if (button == NULL && gtk_adjustment_get_value (adjustment) > 0)
    gtk_adjustment_set_value (adjustment, 0);

  return button != NULL && gtk_widget_get_mapped (button) && gtk_widget_get_width (button) > 0;
}

static GtkWidget *
row_button (Fixture    *f,
            const char *action,
            guint       position)
{
  RowButton rb = { f, action, position };

  ui_test_wait_until (row_button_shown, &rb);
  return find_row_button (f, action, position);
}

static GtkTextView *
view_of (Fixture *f,
         guint    side)
{
  DiptychTextPane *pane = diptych_pair_view_get_pane (diptych_window_get_pair_view (f->window), side);

  return GTK_TEXT_VIEW (diptych_text_pane_get_view (pane));
}

typedef struct
{
  GtkTextView *view;
  gint         offset;
} InSight;

static gboolean
offset_in_sight (gpointer data)
{
  InSight *in = data;
  GtkTextIter iter;
  GdkRectangle visible, where;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (in->view), &iter, in->offset);
  gtk_text_view_get_visible_rect (in->view, &visible);
  gtk_text_view_get_iter_location (in->view, &iter, &where);
  return where.y >= visible.y && where.y + where.height <= visible.y + visible.height;
}

/* Activating a row (a click, or Enter on it) goes to its suggestion as
 * Tab does: the caret in it, its article scrolled there and focused, a
 * frame around it; Enter then accepts that one.
 */
static void
test_row_goes_to (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *list = find_with_class (GTK_WIDGET (f->window), "suggestion-list");
  GPtrArray *left = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  GPtrArray *right = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_RIGHT);
  const DiptychSuggestion *last = g_ptr_array_index (left, left->len - 1);
  const DiptychSuggestion *other;
  g_autofree char *text = g_strdup (last->text);
  DiptychAnnotationKind kind = last->kind;
  InSight in = { view_of (f, DIPTYCH_SIDE_LEFT), last->start };
  g_autoptr(DiptychAnnotation) mark = NULL;
  gint start, end;

  g_assert_nonnull (list);
  g_assert_true (GTK_IS_LIST_VIEW (list));
  g_assert_true (gtk_list_view_get_single_click_activate (GTK_LIST_VIEW (list)));
  /* As a user sees it: the window laid out, the rows shown. */
  row_button (f, "suggestion-accept", 0);
  /* The last suggestion of the left article: far below what is shown. */
  g_assert_false (offset_in_sight (&in));
  g_signal_emit_by_name (list, "activate", left->len - 1);

  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (in.view)));
  g_assert_cmpint (caret (gtk_text_view_get_buffer (in.view)), ==, in.offset);
  g_assert_true (diptych_text_view_get_mark_outline (DIPTYCH_TEXT_VIEW (in.view), &start, &end));
  g_assert_cmpint (start, ==, last->start);
  g_assert_cmpint (end, ==, last->end);
  ui_test_wait_until (offset_in_sight, &in);

  /* Enter acts on it, even where a shorter suggestion sits at the caret. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.accept-suggestion", NULL);
  g_assert_cmpuint (n_marks (f), ==, 1);
  mark = g_list_model_get_item (G_LIST_MODEL (left_store (f)), 0);
  g_assert_cmpint (diptych_annotation_get_kind (mark), ==, kind);
  g_assert_cmpstr (diptych_annotation_get_exact (mark), ==, text);

  /* A row of the right article goes there. */
  left = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  right = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_RIGHT);
  other = g_ptr_array_index (right, 2);
  g_signal_emit_by_name (list, "activate", left->len + 2);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view_of (f, DIPTYCH_SIDE_RIGHT))));
  g_assert_cmpint (caret (gtk_text_view_get_buffer (view_of (f, DIPTYCH_SIDE_RIGHT))), ==, other->start);
  g_assert_true (diptych_text_view_get_mark_outline (DIPTYCH_TEXT_VIEW (view_of (f, DIPTYCH_SIDE_RIGHT)),
                                                     &start, &end));
  g_assert_cmpint (start, ==, other->start);
}

/* Each row's Accept and Reject buttons do what Enter and Backspace do. */
static void
test_row_buttons (Fixture       *f,
                  gconstpointer  data)
{
  GPtrArray *shown = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  const DiptychSuggestion *first = g_ptr_array_index (shown, 0);
  g_autofree char *first_text = g_strdup (first->text);
  DiptychAnnotationKind first_kind = first->kind;
  g_autofree char *second_text = NULL;
  DiptychAnnotationKind second_kind;
  guint before = n_shown (f), same;
  GtkWidget *accept = row_button (f, "suggestion-accept", 0);
  GtkWidget *reject = row_button (f, "suggestion-reject", 0);
  g_autoptr(DiptychAnnotation) mark = NULL;

  g_assert_cmpstr (gtk_widget_get_tooltip_text (accept), ==, "Accept");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (reject), ==, "Reject");
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (accept)), ==, "object-select-symbolic");

  g_signal_emit_by_name (accept, "clicked");
  g_assert_cmpuint (n_marks (f), ==, 1);
  mark = g_list_model_get_item (G_LIST_MODEL (left_store (f)), 0);
  g_assert_cmpint (diptych_annotation_get_kind (mark), ==, first_kind);
  g_assert_cmpstr (diptych_annotation_get_exact (mark), ==, first_text);
  g_assert_cmpuint (n_shown (f), ==, before - 1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (n_marks (f), ==, 0);
  g_assert_cmpuint (n_shown (f), ==, before);

  /* The list was rebuilt: row 0 is the first suggestion again. */
  shown = _diptych_window_get_suggestions (f->window, DIPTYCH_SIDE_LEFT);
  second_text = g_strdup (((DiptychSuggestion *)g_ptr_array_index (shown, 1))->text);
  second_kind = ((DiptychSuggestion *)g_ptr_array_index (shown, 1))->kind;
  /* Rejecting is by kind and words: the same words elsewhere go too. */
  same = 0;
  for (guint i = 0; i < shown->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (shown, i);

      same += s->kind == second_kind && g_str_equal (s->text, second_text);
    }
  reject = row_button (f, "suggestion-reject", 1);
  g_signal_emit_by_name (reject, "clicked");
  g_assert_cmpuint (n_marks (f), ==, 0);
  g_assert_cmpuint (n_shown (f), ==, before - same);
  g_assert_true (diptych_annotation_store_is_rejected (left_store (f), second_kind, second_text));
  g_assert_false (diptych_annotation_store_is_rejected (left_store (f), first_kind, first_text));
}

static gboolean
sidecar_lists (Fixture    *f,
               const char *words)
{
  g_autofree char *contents = NULL;
  const char *member;

  if (!g_file_get_contents (f->sidecar, &contents, NULL, NULL))
    return FALSE;
  member = strstr (contents, "\"rejected_suggestions\"");
  return member != NULL && strstr (member, words) != NULL;
}

/* Backspace, then Ctrl+Z: the suggestion is back, and no longer in the
 * sidecar; Ctrl+Shift+Z rejects it again.
 */
static void
test_reject_undo (Fixture       *f,
                  gconstpointer  data)
{
  const DiptychSuggestion *s = go_to (f, DIPTYCH_ANNOTATION_CASUALTY);
  g_autofree char *text = g_strdup (s->text);
  guint before = n_shown (f);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reject-suggestion", NULL);
  g_assert_cmpuint (n_shown (f), ==, before - 1);
  ui_test_wait_until (saved, f);
  g_assert_true (sidecar_lists (f, text));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (n_shown (f), ==, before);
  g_assert_false (diptych_annotation_store_is_rejected (left_store (f), DIPTYCH_ANNOTATION_CASUALTY, text));
  g_assert_cmpuint (n_marks (f), ==, 0);
  ui_test_wait_until (saved, f);
  g_assert_false (sidecar_lists (f, text));

  /* Enter acts on it again: the caret is still in it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_assert_cmpuint (n_shown (f), ==, before - 1);
  ui_test_wait_until (saved, f);
  g_assert_true (sidecar_lists (f, text));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.accept-suggestion", NULL);
  g_assert_cmpuint (n_marks (f), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return g_test_run ();
  /* Scrolling to a suggestion is animated; under Xvfb, with the tests
   * iterating the main loop, the animation takes seconds.
   */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add ("/diptych/suggestions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("appear-in-example", test_appear);
  ADD ("enter-accepts-undo-removes", test_accept_and_undo);
  ADD ("backspace-rejects-and-stays-rejected", test_reject_persists);
  ADD ("accept-all-is-one-step", test_accept_all_one_step);
  ADD ("accept-all-labels-read-in-full", test_accept_all_labels_in_full);
  ADD ("setting-hides", test_setting_hides);
  ADD ("tab-goes-to-suggestion", test_tab);
  ADD ("row-activation-goes-to-suggestion", test_row_goes_to);
  ADD ("row-accept-and-reject-buttons", test_row_buttons);
  ADD ("reject-undo-redo", test_reject_undo);

  return g_test_run ();
}
