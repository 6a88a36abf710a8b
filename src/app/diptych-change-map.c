/* diptych-change-map.c: where the changes are in a whole article
 *
 * A narrow strip beside a text view's scrollbar, as Meld and GNOME Text
 * Editor have: the shown changes of that side at their place in the whole
 * text, in their class colours, and a frame around the part in view. A
 * click or a drag scrolls the view there.
 *
 * Places are the text view's own line heights (measured or estimated),
 * read once per change when the changes or the text's height change; a
 * frame draws at most one bar per pixel row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-change-map"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-change-map.h"
#include "diptych-diff-style.h"

#define MAP_WIDTH      12
#define MIN_MARK       2.0

typedef struct
{
  double             top;     /* fractions of the text's height */
  double             bottom;
  DiptychChangeStyle style;
} Mark;

struct _DiptychChangeMap
{
  GtkWidget      parent_instance;

  GtkTextView   *view;
  GtkAdjustment *vadjustment;
  DiptychDiff   *diff;
  GArray        *shown;     /* guint: indices of the changes shown */
  gboolean       right;     /* the right side's offsets */
  GArray        *marks;     /* Mark, one per shown change */
  gboolean       marks_dirty;
  double         marks_upper;  /* the text's height the marks were placed in */
  gboolean       dark;
  double         drag_start_y;
};

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DiptychChangeMap, diptych_change_map, GTK_TYPE_WIDGET)

/* The height the text view lays its text out in. */
static double
text_height (DiptychChangeMap *self)
{
  if (self->vadjustment == NULL)
    return 0;
  return MAX (gtk_adjustment_get_upper (self->vadjustment), 1);
}

/* The y of a code point offset in the text view's buffer coordinates: the
 * top of its line plus its share of the line's height. Lines are measured
 * (or estimated) already; no line is laid out for this.
 */
static double
offset_to_y (GtkTextView   *view,
             GtkTextBuffer *buffer,
             gsize          offset)
{
  GtkTextIter iter, line_start;
  int y, height, line_chars;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_view_get_line_yrange (view, &iter, &y, &height);
  line_start = iter;
  gtk_text_iter_set_line_offset (&line_start, 0);
  line_chars = gtk_text_iter_get_chars_in_line (&line_start);
  if (line_chars <= 1)
    return y;
  return y + (double)height * gtk_text_iter_get_line_offset (&iter) / line_chars;
}

static void
place_marks (DiptychChangeMap *self)
{
  GtkTextBuffer *buffer;
  double height;

  self->marks_dirty = FALSE;
  g_array_set_size (self->marks, 0);
  if (self->view == NULL || self->diff == NULL || self->shown == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  height = text_height (self);
  self->marks_upper = height;
  for (guint i = 0; i < self->shown->len; i++)
    {
      const DiptychChange *change =
        diptych_diff_get_change (self->diff, g_array_index (self->shown, guint, i));
      gsize start = self->right ? change->right_start : change->left_start;
      gsize end = self->right ? change->right_end : change->left_end;
      Mark mark;

      mark.top = offset_to_y (self->view, buffer, start) / height;
      mark.bottom = end > start ? offset_to_y (self->view, buffer, end) / height : mark.top;
      mark.style = diptych_change_get_style (change);
      g_array_append_val (self->marks, mark);
    }
}

static void
ensure_marks (DiptychChangeMap *self)
{
  if (self->marks_dirty || self->marks_upper != text_height (self))
    place_marks (self);
}

/* Of two marks in one pixel row, the one that matters more is drawn. */
static int
style_rank (DiptychChangeStyle style)
{
  return style == DIPTYCH_CHANGE_STYLE_FAINT ? 0 : (int)DIPTYCH_N_CHANGE_STYLES - (int)style;
}

static void
diptych_change_map_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  DiptychChangeMap *self = DIPTYCH_CHANGE_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree gint8 *rows = NULL;  /* per pixel row: the style drawn, or -1 */
  GdkRGBA colors[DIPTYCH_N_CHANGE_STYLES];
  GdkRGBA frame = { 0, 0, 0, 0 };

  if (height <= 0 || self->vadjustment == NULL)
    return;

  ensure_marks (self);
  for (guint s = 0; s < DIPTYCH_N_CHANGE_STYLES; s++)
    diptych_change_style_get_color (s, self->dark, &colors[s]);

  rows = g_new (gint8, height);
  memset (rows, -1, height);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);
      int top = CLAMP ((int)(mark->top * height), 0, height - 1);
      int bottom = CLAMP ((int)MAX (mark->bottom * height, top + MIN_MARK), top + 1, height);

      for (int y = top; y < bottom; y++)
        if (rows[y] < 0 || style_rank (mark->style) > style_rank (rows[y]))
          rows[y] = mark->style;
    }

  /* Runs of one style are one rectangle each. */
  for (int y = 0; y < height;)
    {
      int style = rows[y];
      int end = y + 1;

      while (end < height && rows[end] == style)
        end++;
      if (style >= 0)
        gtk_snapshot_append_color (snapshot, &colors[style],
                                   &GRAPHENE_RECT_INIT (2, y, width - 4, end - y));
      y = end;
    }

  /* The part in view. */
  {
    double upper = text_height (self);
    double top = gtk_adjustment_get_value (self->vadjustment) / upper * height;
    double size = MAX (gtk_adjustment_get_page_size (self->vadjustment) / upper * height, 4);
    GskRoundedRect outline;
    float border_width[4] = { 1, 1, 1, 1 };
    GdkRGBA border[4];

    frame.red = frame.green = frame.blue = self->dark ? 1 : 0;
    frame.alpha = self->dark ? 0.12 : 0.08;
    gtk_snapshot_append_color (snapshot, &frame, &GRAPHENE_RECT_INIT (0, top, width, size));
    frame.alpha = self->dark ? 0.45 : 0.35;
    for (guint i = 0; i < 4; i++)
      border[i] = frame;
    gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, top, width, size), 2);
    gtk_snapshot_append_border (snapshot, &outline, border_width, border);
  }
}

static void
diptych_change_map_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MAP_WIDTH;
  else
    *minimum = *natural = 0;
}

/**
 * diptych_change_map_scroll_to:
 * @y: a place in the map, in its own coordinates
 *
 * Scrolls the view so that the part of the text at @y is in the middle.
 */
void
diptych_change_map_scroll_to (DiptychChangeMap *self,
                              double            y)
{
  int height;
  double page;

  g_return_if_fail (DIPTYCH_IS_CHANGE_MAP (self));

  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (self->vadjustment == NULL || height <= 0)
    return;

  page = gtk_adjustment_get_page_size (self->vadjustment);
  gtk_adjustment_set_value (self->vadjustment,
                            CLAMP (y, 0, height) / height * text_height (self) - page / 2);
}

static void
drag_begin_cb (DiptychChangeMap *self,
               double            x,
               double            y,
               GtkGestureDrag   *gesture)
{
  self->drag_start_y = y;
  diptych_change_map_scroll_to (self, y);
}

static void
drag_update_cb (DiptychChangeMap *self,
                double            offset_x,
                double            offset_y,
                GtkGestureDrag   *gesture)
{
  diptych_change_map_scroll_to (self, self->drag_start_y + offset_y);
}

static void
adjustment_changed_cb (DiptychChangeMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed_cb (DiptychChangeMap *self)
{
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_vadjustment (DiptychChangeMap *self,
                 GtkAdjustment    *adjustment)
{
  if (self->vadjustment == adjustment)
    return;

  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect_object (adjustment, "value-changed",
                               G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (adjustment, "changed",
                               G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The view gets its adjustment from its scrolled window, after us. */
static void
view_vadjustment_cb (DiptychChangeMap *self)
{
  GtkAdjustment *adjustment = NULL;

  if (self->view != NULL)
    adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
  set_vadjustment (self, adjustment);
}

void
diptych_change_map_set_view (DiptychChangeMap *self,
                             GtkTextView      *view)
{
  g_return_if_fail (DIPTYCH_IS_CHANGE_MAP (self));
  g_return_if_fail (view == NULL || GTK_IS_TEXT_VIEW (view));

  if (self->view == view)
    return;

  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_set_object (&self->view, view);
  if (view != NULL)
    g_signal_connect_object (view, "notify::vadjustment",
                             G_CALLBACK (view_vadjustment_cb), self, G_CONNECT_SWAPPED);
  view_vadjustment_cb (self);
  self->marks_dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

GtkTextView *
diptych_change_map_get_view (DiptychChangeMap *self)
{
  g_return_val_if_fail (DIPTYCH_IS_CHANGE_MAP (self), NULL);

  return self->view;
}

/**
 * diptych_change_map_set_changes:
 * @diff: (nullable): the diff
 * @shown: (nullable): indices of the changes of @diff to show, in order
 * @right: whether the view shows the right text
 */
void
diptych_change_map_set_changes (DiptychChangeMap *self,
                                DiptychDiff      *diff,
                                GArray           *shown,
                                gboolean          right)
{
  g_return_if_fail (DIPTYCH_IS_CHANGE_MAP (self));

  g_set_object (&self->diff, diff);
  g_clear_pointer (&self->shown, g_array_unref);
  if (shown != NULL)
    self->shown = g_array_ref (shown);
  self->right = right;
  self->marks_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* For tests: the marks, one per shown change. */
guint
diptych_change_map_get_n_marks (DiptychChangeMap *self)
{
  g_return_val_if_fail (DIPTYCH_IS_CHANGE_MAP (self), 0);

  ensure_marks (self);
  return self->marks->len;
}

/**
 * diptych_change_map_get_mark_extent:
 * @top: (out): where the mark of the @index-th shown change starts, in the
 *   map's coordinates
 * @bottom: (out): where it ends
 */
gboolean
diptych_change_map_get_mark_extent (DiptychChangeMap *self,
                                    guint             index,
                                    double           *top,
                                    double           *bottom)
{
  int height;
  const Mark *mark;

  g_return_val_if_fail (DIPTYCH_IS_CHANGE_MAP (self), FALSE);

  ensure_marks (self);
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (index >= self->marks->len)
    return FALSE;
  mark = &g_array_index (self->marks, Mark, index);
  *top = mark->top * height;
  *bottom = MAX (mark->bottom * height, *top + MIN_MARK);
  return TRUE;
}

static void
diptych_change_map_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DiptychChangeMap *self = DIPTYCH_CHANGE_MAP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_change_map_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DiptychChangeMap *self = DIPTYCH_CHANGE_MAP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      diptych_change_map_set_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_change_map_dispose (GObject *object)
{
  DiptychChangeMap *self = DIPTYCH_CHANGE_MAP (object);

  set_vadjustment (self, NULL);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_clear_object (&self->view);
  g_clear_object (&self->diff);
  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (diptych_change_map_parent_class)->dispose (object);
}

static void
diptych_change_map_finalize (GObject *object)
{
  DiptychChangeMap *self = DIPTYCH_CHANGE_MAP (object);

  g_array_unref (self->marks);

  G_OBJECT_CLASS (diptych_change_map_parent_class)->finalize (object);
}

static void
diptych_change_map_class_init (DiptychChangeMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_change_map_dispose;
  object_class->finalize = diptych_change_map_finalize;
  object_class->get_property = diptych_change_map_get_property;
  object_class->set_property = diptych_change_map_set_property;
  widget_class->snapshot = diptych_change_map_snapshot;
  widget_class->measure = diptych_change_map_measure;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL, GTK_TYPE_TEXT_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "changemap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
diptych_change_map_init (DiptychChangeMap *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->marks_dirty = TRUE;

  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Changes in the whole article: click to go there"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Change map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Where the changes are in the whole article, and the part in view"),
                                  -1);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (drag_update_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
}

GtkWidget *
diptych_change_map_new (void)
{
  return g_object_new (DIPTYCH_TYPE_CHANGE_MAP, NULL);
}
