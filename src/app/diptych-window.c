/* diptych-window.c: a window comparing one article pair
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-window"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-window-private.h"

#define MAX_RECENT_PAIRS 10
#define LOADING_DELAY_MS 150

G_DEFINE_FINAL_TYPE (DiptychWindow, diptych_window, ADW_TYPE_APPLICATION_WINDOW)

/* Window actions named after the pair view's boolean properties they toggle. */
static const char * const pair_toggles[] = { "show-typography", "link-scrolling" };

static void
update_actions (DiptychWindow *self)
{
  guint n = diptych_pair_view_get_n_shown (self->pair_view);
  gint current = diptych_pair_view_get_current (self->pair_view);
  gboolean has_diff = diptych_pair_view_get_diff (self->pair_view) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-change",
                                 n > 0 && current + 1 < (gint)n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-change",
                                 n > 0 && current != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-diff", has_diff);
  gtk_widget_set_visible (self->navigation_box, has_diff);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.swap-sides",
                                 has_diff && !diptych_pair_view_get_loading (self->pair_view));

  gtk_widget_set_sensitive (self->sidebar_button,
                            diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_LEFT) != NULL ||
                            diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_RIGHT) != NULL);

  /* The diff's toggles mean nothing without a diff (one coming is one). */
  for (guint i = 0; i < G_N_ELEMENTS (pair_toggles); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), pair_toggles[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                                     has_diff || diptych_pair_view_get_loading (self->pair_view));
    }
}

static void
update_position (DiptychWindow *self)
{
  guint n = diptych_pair_view_get_n_shown (self->pair_view);
  gint current = diptych_pair_view_get_current (self->pair_view);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No changes"));
  else if (current < 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", n), n);
  else
    /* Translators: the current change and how many there are, e.g. "3 of 6" */
    text = g_strdup_printf (_("%d of %u"), current + 1, n);

  gtk_label_set_label (self->position_label, text);
  update_actions (self);
}

static void
update_title (DiptychWindow *self)
{
  GFile *left = diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_LEFT);
  GFile *right = diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_RIGHT);
  g_autofree char *left_name = left ? g_file_get_basename (left) : g_strdup ("—");
  g_autofree char *right_name = right ? g_file_get_basename (right) : g_strdup ("—");
  g_autofree char *title = NULL;
  g_autofree char *summary = diptych_pair_view_dup_summary (self->pair_view);

  /* Nothing open (the welcome page): the application's name. */
  if (left == NULL && right == NULL)
    title = g_strdup (_("Diptych"));
  else
    title = g_strdup_printf ("%s ↔ %s", left_name, right_name);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, summary ? summary : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
pair_changed_cb (DiptychWindow *self)
{
  update_title (self);
  update_position (self);
}

/* The save status changes its words; its place in the header does not:
 * as wide as the longest of them in the user's language.
 */
static void
init_save_label (DiptychWindow *self)
{
  const char *texts[] = { _("Annotations Not Saved"), _("Saving…"), _("Annotations Saved") };
  int chars = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    chars = MAX (chars, (int)g_utf8_strlen (texts[i], -1));
  gtk_label_set_width_chars (self->save_label, chars);
  gtk_label_set_max_width_chars (self->save_label, chars);
}

/* Recent pairs */

static void
remember_pair (DiptychWindow *self)
{
  GFile *left = diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_LEFT);
  GFile *right = diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_RIGHT);
  g_autofree char *left_uri = NULL;
  g_autofree char *right_uri = NULL;
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *l, *r;
  guint n = 1;

  if (diptych_pair_view_get_diff (self->pair_view) == NULL)
    return;

  left_uri = g_file_get_uri (left);
  right_uri = g_file_get_uri (right);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ss)"));
  g_variant_builder_add (&builder, "(ss)", left_uri, right_uri);

  old = g_settings_get_value (self->settings, "recent-pairs");
  g_variant_iter_init (&iter, old);
  while (n < MAX_RECENT_PAIRS && g_variant_iter_next (&iter, "(&s&s)", &l, &r))
    {
      if (g_str_equal (l, left_uri) && g_str_equal (r, right_uri))
        continue;
      g_variant_builder_add (&builder, "(ss)", l, r);
      n++;
    }

  g_settings_set_value (self->settings, "recent-pairs", g_variant_builder_end (&builder));
}

static GtkWidget *
create_recent_row (const char *left_uri,
                   const char *right_uri)
{
  g_autoptr(GFile) left = g_file_new_for_uri (left_uri);
  g_autoptr(GFile) right = g_file_new_for_uri (right_uri);
  g_autoptr(GFile) parent = g_file_get_parent (left);
  g_autofree char *left_name = g_file_get_basename (left);
  g_autofree char *right_name = g_file_get_basename (right);
  g_autofree char *title = g_strdup_printf ("%s ↔ %s", left_name, right_name);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (folder != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "left", g_strdup (left_uri), g_free);
  g_object_set_data_full (G_OBJECT (row), "right", g_strdup (right_uri), g_free);

  return row;
}

static void
update_recent_list (DiptychWindow *self)
{
  g_autoptr(GVariant) pairs = g_settings_get_value (self->settings, "recent-pairs");
  GtkWidget *child;
  GVariantIter iter;
  const char *l, *r;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  g_variant_iter_init (&iter, pairs);
  while (g_variant_iter_next (&iter, "(&s&s)", &l, &r))
    gtk_list_box_append (self->recent_list, create_recent_row (l, r));

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), g_variant_n_children (pairs) > 0);
  gtk_widget_set_visible (self->recent_label, g_variant_n_children (pairs) > 0);
}

static void
recent_row_activated_cb (DiptychWindow *self,
                         GtkListBoxRow *row)
{
  g_autoptr(GFile) left = g_file_new_for_uri (g_object_get_data (G_OBJECT (row), "left"));
  g_autoptr(GFile) right = g_file_new_for_uri (g_object_get_data (G_OBJECT (row), "right"));

  diptych_window_open_pair (self, left, right);
}

/* Opening */

static void
open_pair_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DiptychWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean opened = diptych_pair_view_open_finish (DIPTYCH_PAIR_VIEW (object), result, &error);

  /* The texts are in the panes (or gone, when cancelled): their marks. */
  if (self->history != NULL)
    _diptych_window_attach_documents (self);

  /* Cancelled, or replaced by the next pair: nothing more to show. */
  if (!opened)
    return;

  gtk_stack_set_visible_child_name (self->stack, "pair");
  remember_pair (self);
}

/**
 * diptych_window_open_pair:
 * @left: (nullable): the original, or %NULL to keep the left side
 * @right: (nullable): the copy, or %NULL to keep the right side
 *
 * Starts loading the files and showing their diff, off the main thread; a
 * pair still being opened is cancelled. A file that cannot be read is shown
 * with the reason in its pane; the other side stays usable.
 */
void
diptych_window_open_pair (DiptychWindow *self,
                          GFile         *left,
                          GFile         *right)
{
  g_return_if_fail (DIPTYCH_IS_WINDOW (self));

  if (left == NULL && right == NULL)
    return;

  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  diptych_pair_view_open_async (self->pair_view, left, right, self->open_cancellable,
                                open_pair_cb, g_object_ref (self));
}

static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
}

static gboolean
show_loading_cb (gpointer data)
{
  DiptychWindow *self = data;

  self->loading_timeout = 0;
  gtk_widget_set_visible (self->loading_box, TRUE);
  gtk_spinner_start (self->loading_spinner);

  return G_SOURCE_REMOVE;
}

/* The spinner only shows for an open that takes a while, so that a short
 * one does not flicker.
 */
static void
loading_changed_cb (DiptychWindow *self)
{
  gboolean loading = diptych_pair_view_get_loading (self->pair_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", loading);
  update_actions (self);
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  if (loading)
    {
      if (!gtk_widget_get_visible (self->loading_box))
        self->loading_timeout = g_timeout_add (LOADING_DELAY_MS, show_loading_cb, self);
    }
  else
    {
      gtk_spinner_stop (self->loading_spinner);
      gtk_widget_set_visible (self->loading_box, FALSE);
      g_clear_object (&self->open_cancellable);
    }
}

/**
 * diptych_window_open_files:
 *
 * Opens files given together (on the command line, dropped, chosen): two
 * make the pair; a single one fills the empty side, or the right side.
 */
void
diptych_window_open_files (DiptychWindow  *self,
                           GFile         **files,
                           guint           n_files)
{
  g_return_if_fail (DIPTYCH_IS_WINDOW (self));

  if (n_files == 0)
    return;

  if (n_files >= 2)
    {
      diptych_window_open_pair (self, files[0], files[1]);
      if (n_files > 2)
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("Only the first two files were opened")));
    }
  else if (diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_LEFT) == NULL)
    diptych_window_open_pair (self, files[0], NULL);
  else
    diptych_window_open_pair (self, NULL, files[0]);
}

static void show_chooser (DiptychWindow *self,
                          const char    *title,
                          gboolean       pair,
                          DiptychSide    side);

/* Open Pair asks for the original, then for the copy, each under its own
 * title; a side chosen on its own (a pane's Open button) opens at once.
 */
static void
chooser_response_cb (DiptychWindow        *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) left = g_steal_pointer (&self->chosen_left);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (!self->chooser_pair)
    diptych_window_open_pair (self,
                              self->chooser_side == DIPTYCH_SIDE_LEFT ? file : NULL,
                              self->chooser_side == DIPTYCH_SIDE_RIGHT ? file : NULL);
  else if (self->chooser_side == DIPTYCH_SIDE_LEFT)
    {
      self->chosen_left = g_steal_pointer (&file);
      show_chooser (self, _("Open the Copy (Right)"), TRUE, DIPTYCH_SIDE_RIGHT);
    }
  else
    diptych_window_open_pair (self, left, file);
}

static void
show_chooser (DiptychWindow *self,
              const char    *title,
              gboolean       pair,
              DiptychSide    side)
{
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  self->chooser_pair = pair;
  self->chooser_side = side;
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* The copy is most often beside the original. */
  if (self->chosen_left != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->chosen_left);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }

  gtk_file_filter_set_name (text_filter, _("Text Files"));
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), text_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_pair_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);

  g_clear_object (&self->chosen_left);
  show_chooser (self, _("Open the Original (Left)"), TRUE, DIPTYCH_SIDE_LEFT);
}

static void
open_side_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gboolean left = g_str_equal (g_variant_get_string (parameter, NULL), "left");

  show_chooser (DIPTYCH_WINDOW (widget),
                left ? _("Open the Original (Left)") : _("Open the Copy (Right)"),
                FALSE, left ? DIPTYCH_SIDE_LEFT : DIPTYCH_SIDE_RIGHT);
}

static void
swap_sides_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);

  if (diptych_pair_view_get_diff (self->pair_view) == NULL ||
      diptych_pair_view_get_loading (self->pair_view))
    return;

  /* A selection names its side; the marks keep their documents. */
  diptych_mark_controller_select (self->marks, DIPTYCH_SIDE_LEFT, NULL);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  diptych_pair_view_swap_async (self->pair_view, self->open_cancellable,
                                open_pair_cb, g_object_ref (self));
}

static void
next_change_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  diptych_pair_view_next_change (DIPTYCH_WINDOW (widget)->pair_view);
}

static void
previous_change_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  diptych_pair_view_previous_change (DIPTYCH_WINDOW (widget)->pair_view);
}

static gboolean
drop_cb (DiptychWindow *self,
         const GValue  *value,
         double         x,
         double         y)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GSList *list;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;

  diptych_window_open_files (self, (GFile **)files->pdata, files->len);
  return TRUE;
}

static void
font_changed_cb (DiptychWindow *self)
{
  g_autofree char *font = g_settings_get_string (self->settings, "font");

  /* The monospace setting wins over a custom proportional font. */
  diptych_pair_view_set_font (self->pair_view,
                              g_settings_get_boolean (self->settings, "use-monospace") ? NULL : font);
}

/* The diff's toggles: stateful actions (a GPropertyAction cannot be
 * disabled) that set the pair view's property and follow it.
 */
static void
toggle_change_state_cb (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       pair_view)
{
  g_object_set (pair_view, g_action_get_name (G_ACTION (action)), g_variant_get_boolean (state), NULL);
}

static void
toggle_follow_cb (GObject    *pair_view,
                  GParamSpec *pspec,
                  gpointer    action)
{
  gboolean value;

  g_object_get (pair_view, pspec->name, &value, NULL);
  g_simple_action_set_state (action, g_variant_new_boolean (value));
}

/* The sidebar */

/* The sidebar sits beside the articles while both keep their width (each
 * text pane asks for 320 px), and over them, hidden until asked for, in a
 * narrower window. The setting remembers the wide layout's choice only.
 */
static void
update_sidebar_reveal (DiptychWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  else
    adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "sidebar-visible"));
}

static void
folded_changed_cb (DiptychWindow *self)
{
  update_sidebar_reveal (self);
}

static void
reveal_changed_cb (DiptychWindow *self)
{
  gboolean reveal = adw_flap_get_reveal_flap (self->flap);

  if (!adw_flap_get_folded (self->flap) &&
      reveal != g_settings_get_boolean (self->settings, "sidebar-visible"))
    g_settings_set_boolean (self->settings, "sidebar-visible", reveal);
}

void
_diptych_window_show_sidebar (DiptychWindow *self)
{
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

void
_diptych_window_toggle_sidebar (DiptychWindow *self)
{
  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/**
 * diptych_window_get_sidebar_folded:
 *
 * Returns: whether the window is too narrow for the sidebar beside the
 *   articles, so that it shows over them
 */
gboolean
diptych_window_get_sidebar_folded (DiptychWindow *self)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), FALSE);

  return adw_flap_get_folded (self->flap);
}

/* Window state */

static gboolean
diptych_window_close_request (GtkWindow *window)
{
  DiptychWindow *self = DIPTYCH_WINDOW (window);
  int width, height;

  if (!_diptych_window_confirm_close (self))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  if (gtk_stack_get_visible_child (self->stack) == GTK_WIDGET (self->pair_view))
    g_settings_set_int (self->settings, "pane-position",
                        diptych_pair_view_get_position (self->pair_view));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (diptych_window_parent_class)->close_request (window);
}

static void
diptych_window_constructed (GObject *object)
{
  DiptychWindow *self = (DiptychWindow *)object;
  int position;

  G_OBJECT_CLASS (diptych_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  position = g_settings_get_int (self->settings, "pane-position");
  if (position > 0)
    diptych_pair_view_set_position (self->pair_view, position);
}

static void
diptych_window_dispose (GObject *object)
{
  DiptychWindow *self = (DiptychWindow *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->chosen_left);
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  _diptych_window_dispose_annotations (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DIPTYCH_TYPE_WINDOW);

  G_OBJECT_CLASS (diptych_window_parent_class)->dispose (object);
}

static void
diptych_window_finalize (GObject *object)
{
  DiptychWindow *self = (DiptychWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (diptych_window_parent_class)->finalize (object);
}

static void
diptych_window_class_init (DiptychWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = diptych_window_constructed;
  object_class->dispose = diptych_window_dispose;
  object_class->finalize = diptych_window_finalize;
  window_class->close_request = diptych_window_close_request;

  g_type_ensure (DIPTYCH_TYPE_PAIR_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/diptych-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, navigation_box);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, loading_box);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, recent_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, pair_view);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, save_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, changed_banner);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, changed_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, problem_banner);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychWindow, problem_button);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.open-pair", NULL, open_pair_action);
  gtk_widget_class_install_action (widget_class, "win.open-side", "s", open_side_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.swap-sides", NULL, swap_sides_action);
  gtk_widget_class_install_action (widget_class, "win.next-change", NULL, next_change_action);
  gtk_widget_class_install_action (widget_class, "win.previous-change", NULL,
                                   previous_change_action);

  _diptych_window_class_init_annotations (widget_class);
  _diptych_window_class_init_save_diff (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-pair", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "win.next-change", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "win.previous-change", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.show-typography", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.swap-sides", NULL);
}

static void
diptych_window_init (DiptychWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  /* Toggles that follow the pair view's properties, kept in GSettings. */
  for (guint i = 0; i < G_N_ELEMENTS (pair_toggles); i++)
    {
      g_autoptr(GSimpleAction) action = NULL;
      g_autofree char *signal = g_strconcat ("notify::", pair_toggles[i], NULL);
      gboolean value;

      g_object_get (self->pair_view, pair_toggles[i], &value, NULL);
      action = g_simple_action_new_stateful (pair_toggles[i], NULL, g_variant_new_boolean (value));
      g_signal_connect_object (action, "change-state", G_CALLBACK (toggle_change_state_cb),
                               self->pair_view, 0);
      g_signal_connect_object (self->pair_view, signal, G_CALLBACK (toggle_follow_cb), action, 0);
      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    }
  g_settings_bind (self->settings, "show-typography-changes",
                   self->pair_view, "show-typography", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "link-scrolling",
                   self->pair_view, "link-scrolling", G_SETTINGS_BIND_DEFAULT);

  for (guint side = 0; side < 2; side++)
    {
      GtkWidget *view = GTK_WIDGET (diptych_text_pane_get_view (diptych_pair_view_get_pane (self->pair_view, side)));

      g_settings_bind (self->settings, "use-monospace", view, "monospace", G_SETTINGS_BIND_GET);
      g_settings_bind (self->settings, "show-line-numbers", view, "show-line-numbers",
                       G_SETTINGS_BIND_GET);
    }
  g_signal_connect_object (self->settings, "changed::font",
                           G_CALLBACK (font_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::use-monospace",
                           G_CALLBACK (font_changed_cb), self, G_CONNECT_SWAPPED);
  font_changed_cb (self);

  g_signal_connect_object (self->pair_view, "notify::diff",
                           G_CALLBACK (pair_changed_cb), self, G_CONNECT_SWAPPED);
  /* Marks load while the texts fill the panes and the diff is tagged. */
  g_signal_connect_object (self->pair_view, "texts-changed",
                           G_CALLBACK (_diptych_window_attach_documents), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pair_view, "notify::loading",
                           G_CALLBACK (loading_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pair_view, "notify::n-shown",
                           G_CALLBACK (update_position), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pair_view, "notify::current",
                           G_CALLBACK (update_position), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::recent-pairs",
                           G_CALLBACK (update_recent_list), self, G_CONNECT_SWAPPED);

  _diptych_window_init_annotations (self);

  g_object_bind_property (self->flap, "reveal-flap", self->sidebar_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->flap, "notify::reveal-flap",
                           G_CALLBACK (reveal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sidebar-visible",
                           G_CALLBACK (update_sidebar_reveal), self, G_CONNECT_SWAPPED);
  update_sidebar_reveal (self);
  init_save_label (self);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  update_recent_list (self);
  update_title (self);
  update_position (self);
  loading_changed_cb (self);
}

DiptychWindow *
diptych_window_new (GtkApplication *application)
{
  return g_object_new (DIPTYCH_TYPE_WINDOW, "application", application, NULL);
}

DiptychPairView *
diptych_window_get_pair_view (DiptychWindow *self)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), NULL);

  return self->pair_view;
}

/**
 * diptych_window_get_page:
 *
 * Returns: "welcome" or "pair"
 */
const char *
diptych_window_get_page (DiptychWindow *self)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * diptych_window_get_position_text:
 *
 * Returns: the text of the header's change counter, such as "3 of 6"
 */
const char *
diptych_window_get_position_text (DiptychWindow *self)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), NULL);

  return gtk_label_get_label (self->position_label);
}

DiptychMarkController *
diptych_window_get_marks (DiptychWindow *self)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), NULL);

  return self->marks;
}

GtkWidget *
diptych_window_get_sidebar (DiptychWindow *self)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), NULL);

  return self->sidebar;
}

/**
 * diptych_window_get_problem_text:
 *
 * Returns: (nullable): what the banner over the articles says about
 *   annotations that cannot be saved, or %NULL when it is not shown
 */
const char *
diptych_window_get_problem_text (DiptychWindow *self)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->problem_banner))
    return NULL;
  return gtk_label_get_label (self->problem_label);
}
