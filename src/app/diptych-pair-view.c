/* diptych-pair-view.c: two articles side by side with their aligned diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-pair-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-connector.h"
#include "diptych-diff-format.h"
#include "diptych-diff-style.h"
#include "diptych-pair-view.h"
#include "diptych-text-file.h"

struct _DiptychPairView
{
  GtkWidget        parent_instance;

  GtkPaned        *paned;
  DiptychTextPane *panes[2];
  GtkWidget       *connector;

  DiptychDiff     *diff;
  GArray          *shown;  /* guint: indices of the changes shown, in order */
  gint             current;
  gsize            nav_caret[2];  /* the carets when the current change was stepped to */

  gboolean         show_typography;
  gboolean         link_scrolling;
  GtkCssProvider  *font_css;
  gboolean         syncing;  /* guards scroll synchronisation against loops */
  DiptychSide      leader;   /* the pane the user scrolled last */

  guint            tag_source;  /* tags the rest of the shown changes */
  guint            tag_next;    /* the next change to look at */

  GTask           *open_task;   /* the pair being opened */
  guint            open_source; /* fills the panes */
};

G_DEFINE_FINAL_TYPE (DiptychPairView, diptych_pair_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DIFF,
  PROP_N_SHOWN,
  PROP_CURRENT,
  PROP_SHOW_TYPOGRAPHY,
  PROP_LINK_SCROLLING,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TEXTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Long work on the main thread (filling the buffers, tagging the changes)
 * goes in slices of this many microseconds, from an idle source that yields
 * to input and painting (GDK_PRIORITY_REDRAW) but runs before the text
 * views lay out lines in idle time.
 */
#define SLICE_USEC     (8 * 1000)
#define SLICE_PRIORITY (GDK_PRIORITY_REDRAW + 1)

typedef struct _OpenData OpenData;

static void open_tagged (DiptychPairView     *self);
static void open_abort  (DiptychPairView     *self);
static void open_start  (DiptychPairView     *self,
                         OpenData            *data,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data);

static GtkTextView *
view_of (DiptychPairView *self,
         DiptychSide      side)
{
  return GTK_TEXT_VIEW (diptych_text_pane_get_view (self->panes[side]));
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
update_style (DiptychPairView *self)
{
  gboolean dark = is_dark ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkSourceStyleScheme *scheme =
    gtk_source_style_scheme_manager_get_scheme (schemes, dark ? "Adwaita-dark" : "Adwaita");

  for (guint side = 0; side < 2; side++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view_of (self, side));

      diptych_diff_style_update_tags (buffer, dark);
      if (scheme != NULL)
        gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (buffer), scheme);
    }
  diptych_connector_set_dark (DIPTYCH_CONNECTOR (self->connector), dark);
}

static gboolean
change_is_shown (DiptychPairView     *self,
                 const DiptychChange *change)
{
  return self->show_typography ||
         (change->change_class != DIPTYCH_CHANGE_CLASS_TYPOGRAPHY &&
          change->change_class != DIPTYCH_CHANGE_CLASS_LAYOUT);
}

static void
apply_tag (GtkTextBuffer *buffer,
           const char    *name,
           gsize          start,
           gsize          end)
{
  GtkTextIter start_iter, end_iter;

  if (start == end)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_buffer_apply_tag_by_name (buffer, name, &start_iter, &end_iter);
}

static void
clear_tags (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint style = 0; style < DIPTYCH_N_CHANGE_STYLES; style++)
    gtk_text_buffer_remove_tag_by_name (buffer, diptych_change_style_tag_name (style),
                                        &start, &end);
}

/* Tags shown changes from self->tag_next on, until all are tagged or
 * @deadline has passed. Returns whether all are tagged.
 */
static gboolean
tag_changes (DiptychPairView *self,
             gint64           deadline)
{
  GtkTextBuffer *left = gtk_text_view_get_buffer (view_of (self, DIPTYCH_SIDE_LEFT));
  GtkTextBuffer *right = gtk_text_view_get_buffer (view_of (self, DIPTYCH_SIDE_RIGHT));
  guint n;

  if (self->diff == NULL)
    return TRUE;

  n = diptych_diff_get_n_changes (self->diff);
  while (self->tag_next < n)
    {
      guint i = self->tag_next++;
      const DiptychChange *change = diptych_diff_get_change (self->diff, i);
      const char *tag;

      if (!change_is_shown (self, change))
        continue;

      g_array_append_val (self->shown, i);
      tag = diptych_change_style_tag_name (diptych_change_get_style (change));
      apply_tag (left, tag, change->left_start, change->left_end);
      apply_tag (right, tag, change->right_start, change->right_end);

      if (self->shown->len % 64 == 0 && g_get_monotonic_time () >= deadline)
        return self->tag_next == n;
    }
  return TRUE;
}

static void
tagging_done (DiptychPairView *self)
{
  diptych_connector_set_changes (DIPTYCH_CONNECTOR (self->connector), self->diff, self->shown);
  for (guint side = 0; side < 2; side++)
    diptych_change_map_set_changes (diptych_text_pane_get_change_map (self->panes[side]),
                                    self->diff, self->shown, side == DIPTYCH_SIDE_RIGHT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  open_tagged (self);
}

static gboolean
tag_changes_cb (gpointer data)
{
  DiptychPairView *self = data;

  if (!tag_changes (self, g_get_monotonic_time () + SLICE_USEC))
    return G_SOURCE_CONTINUE;

  self->tag_source = 0;
  tagging_done (self);
  return G_SOURCE_REMOVE;
}

/* Forgets the shown changes and their tags. */
static void
reset_changes (DiptychPairView *self)
{
  GtkTextBuffer *left = gtk_text_view_get_buffer (view_of (self, DIPTYCH_SIDE_LEFT));
  GtkTextBuffer *right = gtk_text_view_get_buffer (view_of (self, DIPTYCH_SIDE_RIGHT));

  g_clear_handle_id (&self->tag_source, g_source_remove);
  g_clear_pointer (&self->shown, g_array_unref);
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->tag_next = 0;
  self->current = -1;
  diptych_text_view_set_outline (DIPTYCH_TEXT_VIEW (view_of (self, DIPTYCH_SIDE_LEFT)), -1, -1);
  diptych_text_view_set_outline (DIPTYCH_TEXT_VIEW (view_of (self, DIPTYCH_SIDE_RIGHT)), -1, -1);

  clear_tags (left);
  clear_tags (right);
}

/* Tags the shown changes in both buffers and tells the connector: a short
 * diff at once, a long one a slice at a time.
 */
static void
start_tagging (DiptychPairView *self)
{
  if (tag_changes (self, g_get_monotonic_time () + SLICE_USEC))
    tagging_done (self);
  else
    self->tag_source = g_idle_add_full (SLICE_PRIORITY, tag_changes_cb, self, NULL);
}

static void
refresh_changes (DiptychPairView *self)
{
  reset_changes (self);
  start_tagging (self);
}

static void
set_diff (DiptychPairView *self,
          DiptychDiff     *diff)
{
  g_set_object (&self->diff, diff);
  reset_changes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIFF]);
  start_tagging (self);
}

/* Keeps the other pane level with @side: the text at the top of one is
 * aligned with the text at the top of the other.
 */
static void
sync_from (DiptychPairView *self,
           DiptychSide      side)
{
  GtkTextView *from = view_of (self, side);
  GtkTextView *to = view_of (self, !side);
  GtkAdjustment *to_adjustment;
  GdkRectangle visible, from_rect, to_rect;
  GtkTextIter iter;
  gsize offset, mapped;

  if (self->syncing || !self->link_scrolling || self->diff == NULL)
    return;

  gtk_text_view_get_visible_rect (from, &visible);
  gtk_text_view_get_iter_at_location (from, &iter, 0, visible.y);
  gtk_text_view_get_iter_location (from, &iter, &from_rect);
  offset = gtk_text_iter_get_offset (&iter);

  mapped = side == DIPTYCH_SIDE_LEFT ? diptych_diff_map_left_to_right (self->diff, offset)
                                     : diptych_diff_map_right_to_left (self->diff, offset);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (to), &iter, mapped);
  gtk_text_view_get_iter_location (to, &iter, &to_rect);

  to_adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (to));
  self->syncing = TRUE;
  gtk_adjustment_set_value (to_adjustment, to_rect.y + (visible.y - from_rect.y));
  self->syncing = FALSE;
}

static void
left_scrolled_cb (DiptychPairView *self)
{
  if (!self->syncing)
    self->leader = DIPTYCH_SIDE_LEFT;
  sync_from (self, DIPTYCH_SIDE_LEFT);
}

static void
right_scrolled_cb (DiptychPairView *self)
{
  if (!self->syncing)
    self->leader = DIPTYCH_SIDE_RIGHT;
  sync_from (self, DIPTYCH_SIDE_RIGHT);
}

/* GtkTextView measures lines lazily: positions far from what was shown are
 * estimates until it has laid them out. When its size settles, level the
 * follower with the leader again.
 */
static void
layout_changed_cb (DiptychPairView *self)
{
  sync_from (self, self->leader);
}

static void
dark_changed_cb (DiptychPairView *self)
{
  update_style (self);
}

static void
diptych_pair_view_dispose (GObject *object)
{
  DiptychPairView *self = (DiptychPairView *)object;

  open_abort (self);
  g_clear_handle_id (&self->tag_source, g_source_remove);
  g_clear_pointer ((GtkWidget **)&self->paned, gtk_widget_unparent);
  g_clear_object (&self->diff);
  g_clear_object (&self->font_css);
  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (diptych_pair_view_parent_class)->dispose (object);
}

static void
diptych_pair_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DiptychPairView *self = DIPTYCH_PAIR_VIEW (object);

  switch (prop_id)
    {
    case PROP_DIFF:
      g_value_set_object (value, self->diff);
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, diptych_pair_view_get_n_shown (self));
      break;
    case PROP_CURRENT:
      g_value_set_int (value, self->current);
      break;
    case PROP_SHOW_TYPOGRAPHY:
      g_value_set_boolean (value, self->show_typography);
      break;
    case PROP_LINK_SCROLLING:
      g_value_set_boolean (value, self->link_scrolling);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, diptych_pair_view_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_pair_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DiptychPairView *self = DIPTYCH_PAIR_VIEW (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      diptych_pair_view_select (self, g_value_get_int (value));
      break;
    case PROP_SHOW_TYPOGRAPHY:
      diptych_pair_view_set_show_typography (self, g_value_get_boolean (value));
      break;
    case PROP_LINK_SCROLLING:
      diptych_pair_view_set_link_scrolling (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_pair_view_class_init (DiptychPairViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_pair_view_dispose;
  object_class->get_property = diptych_pair_view_get_property;
  object_class->set_property = diptych_pair_view_set_property;

  properties[PROP_DIFF] =
    g_param_spec_object ("diff", NULL, NULL, DIPTYCH_TYPE_DIFF,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT] =
    g_param_spec_int ("current", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TYPOGRAPHY] =
    g_param_spec_boolean ("show-typography", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINK_SCROLLING] =
    g_param_spec_boolean ("link-scrolling", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DiptychPairView::texts-changed:
   *
   * The panes were given the texts of a pair being opened (they are still
   * filling): the moment to start loading what belongs to them.
   */
  signals[TEXTS_CHANGED] = g_signal_new ("texts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
diptych_pair_view_init (DiptychPairView *self)
{
  GtkWidget *start_box;

  self->current = -1;
  self->link_scrolling = TRUE;
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));

  self->panes[DIPTYCH_SIDE_LEFT] = DIPTYCH_TEXT_PANE (diptych_text_pane_new (DIPTYCH_SIDE_LEFT));
  self->panes[DIPTYCH_SIDE_RIGHT] = DIPTYCH_TEXT_PANE (diptych_text_pane_new (DIPTYCH_SIDE_RIGHT));
  self->connector = diptych_connector_new (view_of (self, DIPTYCH_SIDE_LEFT),
                                           view_of (self, DIPTYCH_SIDE_RIGHT));

  /* The connector travels with the divider, on the left pane's edge. */
  start_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->panes[DIPTYCH_SIDE_LEFT]), TRUE);
  gtk_box_append (GTK_BOX (start_box), GTK_WIDGET (self->panes[DIPTYCH_SIDE_LEFT]));
  gtk_box_append (GTK_BOX (start_box), self->connector);

  self->paned = GTK_PANED (gtk_paned_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_paned_set_start_child (self->paned, start_box);
  gtk_paned_set_end_child (self->paned, GTK_WIDGET (self->panes[DIPTYCH_SIDE_RIGHT]));
  gtk_paned_set_resize_start_child (self->paned, TRUE);
  gtk_paned_set_resize_end_child (self->paned, TRUE);
  gtk_paned_set_shrink_start_child (self->paned, FALSE);
  gtk_paned_set_shrink_end_child (self->paned, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->paned), GTK_WIDGET (self));

  self->font_css = gtk_css_provider_new ();
  for (guint side = 0; side < 2; side++)
    {
      diptych_diff_style_add_tags (gtk_text_view_get_buffer (view_of (self, side)));
      gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (view_of (self, side))),
                                      GTK_STYLE_PROVIDER (self->font_css),
                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view_of (self, DIPTYCH_SIDE_LEFT))),
                           "value-changed", G_CALLBACK (left_scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view_of (self, DIPTYCH_SIDE_RIGHT))),
                           "value-changed", G_CALLBACK (right_scrolled_cb), self, G_CONNECT_SWAPPED);
  for (guint side = 0; side < 2; side++)
    g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view_of (self, side))),
                             "changed", G_CALLBACK (layout_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  update_style (self);
}

GtkWidget *
diptych_pair_view_new (void)
{
  return g_object_new (DIPTYCH_TYPE_PAIR_VIEW, NULL);
}

/* Opening a pair
 *
 * Reading both files and computing their diff happen once, in a GTask
 * thread; then, on the main thread, the panes are filled and the changes
 * tagged a slice at a time. A new open cancels the one in progress.
 */

typedef enum
{
  OPEN_READING,  /* in the thread */
  OPEN_FILLING,  /* putting the texts in the panes */
  OPEN_TAGGING,  /* tagging the changes */
} OpenPhase;

struct _OpenData
{
  GFile        *files[2];   /* NULL: that side stays as it is */
  DiptychText  *texts[2];   /* read from files[], or the text kept */
  GError       *errors[2];  /* why files[] could not be read */
  gboolean      swap;       /* texts[] are the panes' texts, exchanged */
  DiptychDiff  *diff;
  OpenPhase     phase;
  GCancellable *cancellable;         /* cancelled by the caller's or by the next open */
  GCancellable *caller_cancellable;
  gulong        caller_handler;
};

static void
open_data_free (OpenData *data)
{
  if (data->caller_handler != 0)
    g_cancellable_disconnect (data->caller_cancellable, data->caller_handler);
  g_clear_object (&data->caller_cancellable);
  g_clear_object (&data->cancellable);
  for (guint side = 0; side < 2; side++)
    {
      g_clear_object (&data->files[side]);
      g_clear_object (&data->texts[side]);
      g_clear_error (&data->errors[side]);
    }
  g_clear_object (&data->diff);
  g_free (data);
}

/* Whether the open puts another text (or a reason) into the pane on @side. */
static gboolean
replaces (OpenData    *data,
          DiptychSide  side)
{
  return data->files[side] != NULL || data->swap;
}

static void
caller_cancelled_cb (GCancellable *caller_cancellable,
                     GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;

  for (guint side = 0; side < 2; side++)
    if (data->files[side] != NULL && data->texts[side] == NULL)
      data->texts[side] = diptych_text_new_from_file (data->files[side], cancellable,
                                                      &data->errors[side]);

  if (g_task_return_error_if_cancelled (task))
    return;

  /* Both texts are known from here on: what else an article brings when it
   * opens (its annotations) can be read here too, while the diff runs.
   */

  if (data->texts[DIPTYCH_SIDE_LEFT] != NULL && data->texts[DIPTYCH_SIDE_RIGHT] != NULL)
    data->diff = diptych_diff_new (data->texts[DIPTYCH_SIDE_LEFT],
                                   data->texts[DIPTYCH_SIDE_RIGHT]);

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_boolean (task, TRUE);
}

/* Stops the open in progress, if any, and reports it cancelled. A pane
 * left half filled shows no article.
 */
static void
open_abort (DiptychPairView *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->open_task);
  OpenData *data;

  if (task == NULL)
    return;

  data = g_task_get_task_data (task);
  g_cancellable_cancel (data->cancellable);
  g_clear_handle_id (&self->open_source, g_source_remove);

  if (data->phase == OPEN_FILLING)
    for (guint side = 0; side < 2; side++)
      if (replaces (data, side) && data->texts[side] != NULL &&
          diptych_text_pane_get_text (self->panes[side]) == data->texts[side] &&
          diptych_text_pane_get_filling (self->panes[side]))
        diptych_text_pane_clear (self->panes[side]);

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                           _("Opening the pair was cancelled"));
}

static void
open_complete (DiptychPairView *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->open_task);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  g_task_return_boolean (task, TRUE);
}

/* The changes are tagged: an open waiting for it is done. */
static void
open_tagged (DiptychPairView *self)
{
  OpenData *data;

  if (self->open_task == NULL)
    return;

  data = g_task_get_task_data (self->open_task);
  if (data->phase == OPEN_TAGGING)
    open_complete (self);
}

static gboolean
open_fill_cb (gpointer user_data)
{
  DiptychPairView *self = user_data;
  OpenData *data = g_task_get_task_data (self->open_task);
  gint64 deadline = g_get_monotonic_time () + SLICE_USEC;

  if (g_cancellable_is_cancelled (data->cancellable))
    {
      self->open_source = 0;
      open_abort (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return G_SOURCE_REMOVE;
    }

  for (guint side = 0; side < 2; side++)
    if (replaces (data, side) && data->texts[side] != NULL &&
        !diptych_text_pane_fill (self->panes[side], deadline))
      return G_SOURCE_CONTINUE;

  /* The texts are in: the open completes once the changes are tagged. */
  self->open_source = 0;
  data->phase = OPEN_TAGGING;
  set_diff (self, data->diff);

  return G_SOURCE_REMOVE;
}

static void
open_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DiptychPairView *self = DIPTYCH_PAIR_VIEW (object);
  g_autoptr(GTask) task = user_data;
  OpenData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  /* Replaced by another pair (or the view went away): already reported. */
  if (self->open_task != task)
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_clear_object (&self->open_task);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->phase = OPEN_FILLING;
  set_diff (self, NULL);
  for (guint side = 0; side < 2; side++)
    {
      if (!replaces (data, side))
        continue;
      if (data->texts[side] == NULL)
        diptych_text_pane_set_error (self->panes[side], data->files[side], data->errors[side]);
      else
        diptych_text_pane_begin_text (self->panes[side], data->texts[side]);
    }
  g_signal_emit (self, signals[TEXTS_CHANGED], 0);
  self->open_source = g_idle_add_full (SLICE_PRIORITY, open_fill_cb, self, NULL);
}

/**
 * diptych_pair_view_open_async:
 * @left: (nullable): the original, or %NULL to keep the left side
 * @right: (nullable): the copy, or %NULL to keep the right side
 *
 * Opens a pair: reads the files and computes their diff once, off the main
 * thread, then shows them, a slice at a time. A file that cannot be read is
 * shown with the reason in its pane (naming the file); the other side still
 * shows. An open still in progress is cancelled.
 *
 * Cancelling @cancellable stops the open until the texts are in the panes
 * (a pane left half filled shows no article); tagging the changes is not
 * stopped.
 */
void
diptych_pair_view_open_async (DiptychPairView     *self,
                              GFile               *left,
                              GFile               *right,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  OpenData *data;

  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));
  g_return_if_fail (left == NULL || G_IS_FILE (left));
  g_return_if_fail (right == NULL || G_IS_FILE (right));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  open_abort (self);

  data = g_new0 (OpenData, 1);
  g_set_object (&data->files[DIPTYCH_SIDE_LEFT], left);
  g_set_object (&data->files[DIPTYCH_SIDE_RIGHT], right);
  for (guint side = 0; side < 2; side++)
    if (data->files[side] == NULL)
      g_set_object (&data->texts[side], diptych_text_pane_get_text (self->panes[side]));

  open_start (self, data, cancellable, callback, user_data);
}

/**
 * diptych_pair_view_swap_async:
 *
 * Shows the right article on the left and the left one on the right, with
 * the texts already read (nothing is read from disk again), and their diff
 * computed the other way round, off the main thread. Completes as
 * diptych_pair_view_open_async() does; finish with
 * diptych_pair_view_open_finish().
 */
void
diptych_pair_view_swap_async (DiptychPairView     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  OpenData *data;

  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  open_abort (self);

  data = g_new0 (OpenData, 1);
  data->swap = TRUE;
  for (guint side = 0; side < 2; side++)
    g_set_object (&data->texts[side], diptych_text_pane_get_text (self->panes[!side]));

  open_start (self, data, cancellable, callback, user_data);
}

static void
open_start (DiptychPairView     *self,
            OpenData            *data,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;
  gboolean was_loading = self->open_task != NULL;

  data->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      data->caller_cancellable = g_object_ref (cancellable);
      data->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                    g_object_ref (data->cancellable),
                                                    g_object_unref);
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, diptych_pair_view_open_async);
  g_task_set_task_data (task, data, (GDestroyNotify)open_data_free);
  self->open_task = g_object_ref (task);

  thread_task = g_task_new (self, data->cancellable, open_read_cb, g_object_ref (task));
  g_task_set_source_tag (thread_task, open_thread);
  g_task_set_task_data (thread_task, data, NULL);
  g_task_run_in_thread (thread_task, open_thread);

  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/**
 * diptych_pair_view_open_finish:
 *
 * Returns: %TRUE once the pair is shown (a side that could not be read
 *   shows why), %FALSE with %G_IO_ERROR_CANCELLED if the open was cancelled
 *   or replaced by another
 */
gboolean
diptych_pair_view_open_finish (DiptychPairView  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * diptych_pair_view_get_loading:
 *
 * Returns: whether a pair is being opened
 */
gboolean
diptych_pair_view_get_loading (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), FALSE);

  return self->open_task != NULL;
}

/**
 * diptych_pair_view_get_file:
 *
 * Returns: (transfer none) (nullable): the file on @side, loaded or not
 */
GFile *
diptych_pair_view_get_file (DiptychPairView *self,
                            DiptychSide      side)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), NULL);

  return diptych_text_pane_get_file (self->panes[side]);
}

DiptychTextPane *
diptych_pair_view_get_pane (DiptychPairView *self,
                            DiptychSide      side)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), NULL);

  return self->panes[side];
}

/**
 * diptych_pair_view_get_diff:
 *
 * Returns: (transfer none) (nullable): the diff, once both sides are loaded
 */
DiptychDiff *
diptych_pair_view_get_diff (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), NULL);

  return self->diff;
}

/**
 * diptych_pair_view_dup_summary:
 *
 * Returns: (transfer full) (nullable): the counts of changes per class
 */
char *
diptych_pair_view_dup_summary (DiptychPairView *self)
{
  DiptychDiffStats stats;

  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), NULL);

  if (self->diff == NULL)
    return NULL;

  diptych_diff_compute_stats (self->diff, &stats);
  return diptych_diff_stats_to_summary (&stats);
}

guint
diptych_pair_view_get_n_shown (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), 0);

  return self->shown->len;
}

/**
 * diptych_pair_view_get_current:
 *
 * Returns: the position of the current change among those shown, or -1
 */
gint
diptych_pair_view_get_current (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), -1);

  return self->current;
}

const DiptychChange *
diptych_pair_view_get_shown_change (DiptychPairView *self,
                                    guint            position)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), NULL);
  g_return_val_if_fail (position < self->shown->len, NULL);

  return diptych_diff_get_change (self->diff, g_array_index (self->shown, guint, position));
}

static void
scroll_to_change (DiptychPairView     *self,
                  DiptychSide          side,
                  const DiptychChange *change)
{
  GtkTextView *view = view_of (self, side);
  gsize offset = side == DIPTYCH_SIDE_LEFT ? change->left_start : change->right_start;
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  diptych_text_view_scroll_to_offset (DIPTYCH_TEXT_VIEW (view), offset, height / 3);
}

/**
 * diptych_pair_view_select:
 * @position: the position among the changes shown, or -1 for none
 *
 * Makes a change current: outlined in both panes and scrolled into view
 * in both.
 */
void
diptych_pair_view_select (DiptychPairView *self,
                          gint             position)
{
  const DiptychChange *change;

  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));
  g_return_if_fail (position >= -1);

  if (position >= (gint)self->shown->len)
    return;

  self->current = position;

  if (position < 0)
    {
      for (guint side = 0; side < 2; side++)
        diptych_text_view_set_outline (DIPTYCH_TEXT_VIEW (view_of (self, side)), -1, -1);
    }
  else
    {
      change = diptych_pair_view_get_shown_change (self, position);
      diptych_text_view_set_outline (DIPTYCH_TEXT_VIEW (view_of (self, DIPTYCH_SIDE_LEFT)),
                                     change->left_start, change->left_end);
      diptych_text_view_set_outline (DIPTYCH_TEXT_VIEW (view_of (self, DIPTYCH_SIDE_RIGHT)),
                                     change->right_start, change->right_end);

      /* Both panes go to the change, even where the alignment would put the
       * other one a little higher or lower.
       */
      self->syncing = TRUE;
      scroll_to_change (self, DIPTYCH_SIDE_LEFT, change);
      scroll_to_change (self, DIPTYCH_SIDE_RIGHT, change);
      self->syncing = FALSE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/* Where to look from: the caret of the pane that has the focus (or of the
 * left pane) when it is in view, else the top of the view (for the next
 * change) or its bottom (for the previous one). The current change is the
 * place to step from while the caret has not moved since it was chosen.
 */
static gsize
reference_offset (DiptychPairView *self,
                  int              direction,
                  DiptychSide     *side,
                  gboolean        *from_current)
{
  DiptychTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter caret, bottom_iter;
  GdkRectangle visible;
  gsize offset, top, bottom;

  *side = gtk_widget_has_focus (GTK_WIDGET (view_of (self, DIPTYCH_SIDE_RIGHT))) ? DIPTYCH_SIDE_RIGHT
                                                                                  : DIPTYCH_SIDE_LEFT;
  view = DIPTYCH_TEXT_VIEW (view_of (self, *side));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&caret);
  top = diptych_text_view_get_top_offset (view);
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (view), &visible);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (view), &bottom_iter, visible.x,
                                      visible.y + MAX (visible.height - 1, 0));
  gtk_text_iter_forward_to_line_end (&bottom_iter);
  bottom = gtk_text_iter_get_offset (&bottom_iter);

  *from_current = self->current >= 0 && offset == self->nav_caret[*side];
  if (offset < top || offset > bottom)
    offset = direction > 0 ? top : bottom;
  return offset;
}

static gsize
change_start (const DiptychChange *change,
              DiptychSide          side)
{
  return side == DIPTYCH_SIDE_LEFT ? change->left_start : change->right_start;
}

static void
step_change (DiptychPairView *self,
             int              direction)
{
  gboolean from_current;
  DiptychSide side;
  gsize offset;
  gint target = -1;

  if (self->shown->len == 0)
    return;

  offset = reference_offset (self, direction, &side, &from_current);
  if (from_current)
    target = self->current + direction;
  else if (direction > 0)
    {
      for (guint i = 0; i < self->shown->len && target < 0; i++)
        if (change_start (diptych_pair_view_get_shown_change (self, i), side) >= offset)
          target = i;
    }
  else
    {
      for (guint i = self->shown->len; i > 0 && target < 0; i--)
        if (change_start (diptych_pair_view_get_shown_change (self, i - 1), side) < offset)
          target = i - 1;
    }

  if (target < 0 || target >= (gint)self->shown->len)
    return;
  diptych_pair_view_select (self, target);

  /* Stepping again goes on from here while the caret stays. */
  for (guint s = 0; s < 2; s++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view_of (self, s));
      GtkTextIter caret;

      gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
      self->nav_caret[s] = gtk_text_iter_get_offset (&caret);
    }
}

void
diptych_pair_view_next_change (DiptychPairView *self)
{
  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));
  step_change (self, 1);
}

void
diptych_pair_view_previous_change (DiptychPairView *self)
{
  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));
  step_change (self, -1);
}

gboolean
diptych_pair_view_get_show_typography (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), FALSE);

  return self->show_typography;
}

/**
 * diptych_pair_view_set_show_typography:
 *
 * Shows or hides the changes that only touch typography or layout.
 */
void
diptych_pair_view_set_show_typography (DiptychPairView *self,
                                       gboolean         show)
{
  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));

  show = !!show;
  if (self->show_typography == show)
    return;

  self->show_typography = show;
  refresh_changes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TYPOGRAPHY]);
}

gboolean
diptych_pair_view_get_link_scrolling (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), FALSE);

  return self->link_scrolling;
}

void
diptych_pair_view_set_link_scrolling (DiptychPairView *self,
                                      gboolean         link)
{
  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));

  link = !!link;
  if (self->link_scrolling == link)
    return;

  self->link_scrolling = link;
  if (link)
    sync_from (self, DIPTYCH_SIDE_LEFT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINK_SCROLLING]);
}

/**
 * diptych_pair_view_get_position:
 *
 * Returns: the width of the left side in pixels
 */
int
diptych_pair_view_get_position (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), 0);

  return gtk_paned_get_position (self->paned);
}

void
diptych_pair_view_set_position (DiptychPairView *self,
                                int              position)
{
  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));

  gtk_paned_set_position (self->paned, position);
}

GtkWidget *
diptych_pair_view_get_connector (DiptychPairView *self)
{
  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), NULL);

  return self->connector;
}

/**
 * diptych_pair_view_set_font:
 * @font: (nullable): a Pango font description, or %NULL or "" for the
 *   theme's font
 *
 * Shows both articles in @font.
 */
void
diptych_pair_view_set_font (DiptychPairView *self,
                            const char      *font)
{
  g_autoptr(PangoFontDescription) description = NULL;
  g_autoptr(GString) css = g_string_new ("textview.diptych-text {");
  PangoFontMask mask;

  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));

  if (font != NULL && font[0] != '\0')
    {
      description = pango_font_description_from_string (font);
      mask = pango_font_description_get_set_fields (description);

      if (mask & PANGO_FONT_MASK_FAMILY)
        g_string_append_printf (css, " font-family: \"%s\";",
                                pango_font_description_get_family (description));
      if (mask & PANGO_FONT_MASK_SIZE)
        g_string_append_printf (css, " font-size: %dpt;",
                                pango_font_description_get_size (description) / PANGO_SCALE);
      if (mask & PANGO_FONT_MASK_WEIGHT)
        g_string_append_printf (css, " font-weight: %d;",
                                (int)pango_font_description_get_weight (description));
      if ((mask & PANGO_FONT_MASK_STYLE) &&
          pango_font_description_get_style (description) == PANGO_STYLE_ITALIC)
        g_string_append (css, " font-style: italic;");
    }
  g_string_append (css, " }");

  gtk_css_provider_load_from_data (self->font_css, css->str, css->len);
}
