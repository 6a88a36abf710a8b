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

  gboolean         show_typography;
  gboolean         link_scrolling;
  GtkCssProvider  *font_css;
  gboolean         syncing;  /* guards scroll synchronisation against loops */
  DiptychSide      leader;   /* the pane the user scrolled last */
};

G_DEFINE_FINAL_TYPE (DiptychPairView, diptych_pair_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DIFF,
  PROP_N_SHOWN,
  PROP_CURRENT,
  PROP_SHOW_TYPOGRAPHY,
  PROP_LINK_SCROLLING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* Tags the shown changes in both buffers and tells the connector. */
static void
refresh_changes (DiptychPairView *self)
{
  GtkTextBuffer *left = gtk_text_view_get_buffer (view_of (self, DIPTYCH_SIDE_LEFT));
  GtkTextBuffer *right = gtk_text_view_get_buffer (view_of (self, DIPTYCH_SIDE_RIGHT));

  g_clear_pointer (&self->shown, g_array_unref);
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->current = -1;
  diptych_text_view_set_outline (DIPTYCH_TEXT_VIEW (view_of (self, DIPTYCH_SIDE_LEFT)), -1, -1);
  diptych_text_view_set_outline (DIPTYCH_TEXT_VIEW (view_of (self, DIPTYCH_SIDE_RIGHT)), -1, -1);

  clear_tags (left);
  clear_tags (right);

  if (self->diff != NULL)
    {
      guint n = diptych_diff_get_n_changes (self->diff);

      for (guint i = 0; i < n; i++)
        {
          const DiptychChange *change = diptych_diff_get_change (self->diff, i);
          const char *tag;

          if (!change_is_shown (self, change))
            continue;

          g_array_append_val (self->shown, i);
          tag = diptych_change_style_tag_name (diptych_change_get_style (change));
          apply_tag (left, tag, change->left_start, change->left_end);
          apply_tag (right, tag, change->right_start, change->right_end);
        }
    }

  diptych_connector_set_changes (DIPTYCH_CONNECTOR (self->connector), self->diff, self->shown);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

static void
update_diff (DiptychPairView *self)
{
  DiptychText *left = diptych_text_pane_get_text (self->panes[DIPTYCH_SIDE_LEFT]);
  DiptychText *right = diptych_text_pane_get_text (self->panes[DIPTYCH_SIDE_RIGHT]);

  g_clear_object (&self->diff);
  if (left != NULL && right != NULL)
    self->diff = diptych_diff_new (left, right);

  refresh_changes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIFF]);
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
  g_object_class_install_properties (object_class, N_PROPS, properties);

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

/**
 * diptych_pair_view_load:
 *
 * Loads @file on @side. When it cannot be read, the pane says why (and
 * names the file) and the other side stays as it is.
 *
 * Returns: whether the file was loaded
 */
gboolean
diptych_pair_view_load (DiptychPairView *self,
                        DiptychSide      side,
                        GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = NULL;

  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = diptych_text_new_from_file (file, NULL, &error);
  if (text == NULL)
    diptych_text_pane_set_error (self->panes[side], file, error);
  else
    diptych_text_pane_set_text (self->panes[side], text);

  update_diff (self);

  return text != NULL;
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

/* The first shown change at or below the top of the left pane. */
static gint
first_change_in_view (DiptychPairView *self)
{
  gsize top = diptych_text_view_get_top_offset (DIPTYCH_TEXT_VIEW (view_of (self, DIPTYCH_SIDE_LEFT)));

  for (guint i = 0; i < self->shown->len; i++)
    if (diptych_pair_view_get_shown_change (self, i)->left_end >= top)
      return i;
  return self->shown->len > 0 ? 0 : -1;
}

void
diptych_pair_view_next_change (DiptychPairView *self)
{
  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));

  if (self->shown->len == 0)
    return;
  if (self->current < 0)
    diptych_pair_view_select (self, first_change_in_view (self));
  else if (self->current + 1 < (gint)self->shown->len)
    diptych_pair_view_select (self, self->current + 1);
}

void
diptych_pair_view_previous_change (DiptychPairView *self)
{
  g_return_if_fail (DIPTYCH_IS_PAIR_VIEW (self));

  if (self->shown->len == 0)
    return;
  if (self->current < 0)
    diptych_pair_view_select (self, MAX (first_change_in_view (self) - 1, 0));
  else if (self->current > 0)
    diptych_pair_view_select (self, self->current - 1);
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
