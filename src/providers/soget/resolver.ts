import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, registerEnumType, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ErrorCode, OrderGraphError } from '../../core/errors';
import { ProviderKey } from '../keys';
import type { RequestContext } from '../../graphql/context';
import { MutationPipeline } from '../../graphql/mutations';
import { Order } from '../../model/order';
import { GraphQLUpload, type UploadedFile } from '../../graphql/upload';
import { attachmentFingerprint, SogetProvider } from './provider';

export enum SogetCustomsFlagInput {
  IMPORT = 'Import',
  EXPORT = 'Export',
  TRANSFER = 'Transfer',
}

registerEnumType(SogetCustomsFlagInput, {
  name: 'SogetCustomsFlag',
  description: 'The customs flow of a SOGET transport order (`customsFlag`); it decides the mandatory events and the transport segments.',
  valuesConfig: {
    IMPORT: { description: 'Import: LadingImport, DeliveryImport, EmptyReleaseImport, EmptyReturnImport; segments TerminalEntrepot and EntrepotDepot.' },
    EXPORT: { description: 'Export: EmptyReleaseExport, PositioningExport, LadingExport, DeliveryExport; segments DepotEntrepot and EntrepotTerminal.' },
    TRANSFER: { description: 'Transfer: LadingTransfer, DeliveryTransfer; one SegmentTransfer.' },
  },
});

export enum SogetEventTypeInput {
  LADING_IMPORT = 'LadingImport',
  DELIVERY_IMPORT = 'DeliveryImport',
  EMPTY_RELEASE_IMPORT = 'EmptyReleaseImport',
  EMPTY_RETURN_IMPORT = 'EmptyReturnImport',
  EMPTY_RELEASE_EXPORT = 'EmptyReleaseExport',
  POSITIONING_EXPORT = 'PositioningExport',
  LADING_EXPORT = 'LadingExport',
  DELIVERY_EXPORT = 'DeliveryExport',
  LADING_TRANSFER = 'LadingTransfer',
  DELIVERY_TRANSFER = 'DeliveryTransfer',
}

registerEnumType(SogetEventTypeInput, {
  name: 'SogetEventType',
  description: "An event a SOGET order must carry for each container. The other SOGET event types (Announced, Association, ...) are recorded by S'mouv itself.",
  valuesConfig: {
    LADING_IMPORT: { description: 'Full container import handled (Import).' },
    DELIVERY_IMPORT: { description: 'Full container import delivered (Import); startDate required.' },
    EMPTY_RELEASE_IMPORT: { description: 'Empty container recovered (Import).' },
    EMPTY_RETURN_IMPORT: { description: 'Empty container returned (Import).' },
    EMPTY_RELEASE_EXPORT: { description: 'Empty container made available (Export).' },
    POSITIONING_EXPORT: { description: 'Empty container positioned (Export); startDate required.' },
    LADING_EXPORT: { description: 'Full container export handled (Export).' },
    DELIVERY_EXPORT: { description: 'Full export container delivered (Export).' },
    LADING_TRANSFER: { description: 'Full container handled (Transfer).' },
    DELIVERY_TRANSFER: { description: 'Full container delivered (Transfer); startDate required.' },
  },
});

export enum SogetStatusChangeInput {
  DRAFT = 'Draft',
  VALID = 'Valid',
}

registerEnumType(SogetStatusChangeInput, {
  name: 'SogetStatusChange',
  description: 'The status an update may set: a Draft order may become Valid; a Valid one cannot go back to Draft.',
  valuesConfig: {
    DRAFT: { description: 'Keep the order as a draft (not yet sent to the carrier).' },
    VALID: { description: 'Validate the order so that it is sent on.' },
  },
});

@InputType({ description: 'A postal location (SOGET `location`).' })
export class SogetLocationInput {
  @Field(() => String, { nullable: true, description: 'Street address (max 256).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Post code (max 256).' })
  zipCode?: string | null;

  @Field(() => String, { nullable: true, description: 'City (max 64).' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. FR.' })
  country?: string | null;
}

@InputType({ description: 'A contact (SOGET `contact`).' })
export class SogetContactInput {
  @Field(() => String, { nullable: true, description: 'Person or department (max 255).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (max 255).' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (max 255).' })
  phone?: string | null;
}

@InputType({ description: 'The company of an actor.' })
export class SogetCompanyInput {
  @Field(() => String, { nullable: true, description: 'Name of the agency (max 64).' })
  name?: string | null;

  @Field(() => SogetLocationInput, { nullable: true, description: 'Where the company is.' })
  location?: SogetLocationInput | null;
}

@InputType({ description: 'An actor of a transport order: the contractor or the carrier.' })
export class SogetActorInput {
  @Field(() => String, {
    nullable: true,
    description: "Actor code in S'mouv's referential (max 32). A contractor needs one; a carrier without one needs `contact.email`.",
  })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Actor name (max 256).' })
  name?: string | null;

  @Field(() => SogetCompanyInput, { nullable: true, description: 'Company information.' })
  company?: SogetCompanyInput | null;

  @Field(() => SogetContactInput, { nullable: true, description: 'Contact information.' })
  contact?: SogetContactInput | null;
}

@InputType({ description: 'Container indicators.' })
export class SogetIndicatorInput {
  @Field(() => Boolean, { nullable: true, description: 'Reefer (default false).' })
  isReefer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Hazardous (default false).' })
  isHazardous?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Out of gauge (default false).' })
  isOog?: boolean | null;
}

@InputType({ description: 'Refrigeration information.' })
export class SogetReeferInput {
  @Field(() => Float, { nullable: true, description: 'Set-point temperature given by the contractor.' })
  setPoint?: number | null;
}

@InputType({ description: 'Out-of-gauge excess dimensions, in metres.' })
export class SogetOogInput {
  @Field(() => Float, { nullable: true, description: 'Excess length (m).' })
  length?: number | null;

  @Field(() => Float, { nullable: true, description: 'Excess width (m).' })
  width?: number | null;

  @Field(() => Float, { nullable: true, description: 'Excess height (m).' })
  height?: number | null;
}

@InputType({ description: 'A hazardous class of goods.' })
export class SogetHazardousClassInput {
  @Field(() => String, { nullable: true, description: 'IMDG code (max 11).' })
  imdgCode?: string | null;

  @Field(() => String, { nullable: true, description: 'UNDG number (max 11).' })
  undgCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Packaging group (max 11).' })
  packagingGroup?: string | null;
}

@InputType({ description: 'Goods inside a container.' })
export class SogetGoodsInput {
  @Field(() => String, { nullable: true, description: 'Description (max 264).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Packaging code, UN/CEFACT (max 4).' })
  type?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of packages.' })
  quantity?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight (kg).' })
  weight?: number | null;

  @Field(() => Float, { nullable: true, description: 'Volume.' })
  volume?: number | null;

  @Field(() => [SogetHazardousClassInput], { nullable: true, description: 'Hazardous classes.' })
  hazardousClasses?: SogetHazardousClassInput[] | null;
}

@InputType({ description: 'Where an event happens: a location code of the referential, or a name with an address.' })
export class SogetEventLocationInput {
  @Field(() => String, { nullable: true, description: "Location code in S'mouv's referential (max 20), e.g. MTDF." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Location name (max 64).' })
  name?: string | null;

  @Field(() => SogetLocationInput, { nullable: true, description: 'Address; with `name`, needed when there is no code.' })
  location?: SogetLocationInput | null;

  @Field(() => SogetContactInput, { nullable: true, description: 'Contact on site.' })
  contact?: SogetContactInput | null;

  @Field(() => String, { nullable: true, description: 'Reference given at the event (max 64).' })
  reference?: string | null;
}

@InputType({ description: 'An event of a container. Each flow needs its exact set, in chronological order.' })
export class SogetEventInput {
  @Field(() => SogetEventTypeInput, { description: 'Event type.' })
  type!: SogetEventTypeInput;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Start (required for DeliveryImport, PositioningExport and DeliveryTransfer).' })
  startDate?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'End; not before the start.' })
  endDate?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Creation or completion date.' })
  creationDate?: Date | null;

  @Field(() => SogetEventLocationInput, { description: 'Where it happens.' })
  location!: SogetEventLocationInput;
}

@InputType({ description: 'A container of a SOGET transport order.' })
export class SogetContainerInput {
  @Field(() => String, { nullable: true, description: 'ISO 6346 container number with its check digit; required for Import and Transfer.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO size type, 4 characters (e.g. 22G1); required for Export.' })
  type?: string | null;

  @Field(() => Float, { nullable: true, description: 'Gross weight (kg).' })
  grossWeight?: number | null;

  @Field(() => Float, { nullable: true, description: 'Tare (kg).' })
  tare?: number | null;

  @Field(() => [String], { nullable: true, description: 'Seal numbers.' })
  sealNumbers?: string[] | null;

  @Field(() => SogetIndicatorInput, { nullable: true, description: 'Reefer, hazardous, out-of-gauge indicators.' })
  indicator?: SogetIndicatorInput | null;

  @Field(() => String, { nullable: true, description: 'Customs information (max 64).' })
  customsInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'Comment (max 1024).' })
  comment?: string | null;

  @Field(() => SogetReeferInput, { nullable: true, description: 'Refrigeration information.' })
  reefer?: SogetReeferInput | null;

  @Field(() => SogetOogInput, { nullable: true, description: 'Out-of-gauge dimensions.' })
  oog?: SogetOogInput | null;

  @Field(() => [SogetGoodsInput], { nullable: true, description: 'Goods inside.' })
  goods?: SogetGoodsInput[] | null;

  @Field(() => String, { nullable: true, description: 'Bill of lading (max 256); Import and Transfer only.' })
  billOfLading?: string | null;

  @Field(() => String, { nullable: true, description: 'Booking number (max 256); required for Export, Export and Transfer only.' })
  bookingNumber?: string | null;

  @Field(() => [SogetEventInput], { description: "Events: exactly 4 for Import and Export, 2 for Transfer, the flow's types." })
  events!: SogetEventInput[];
}

@InputType({ description: 'The voyage of a transport order.' })
export class SogetVoyageInput {
  @Field(() => String, { nullable: true, description: 'Transport means (vessel) name (max 384).' })
  meansName?: string | null;

  @Field(() => String, { nullable: true, description: 'Freight agent (max 256).' })
  freightAgent?: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping company (max 256).' })
  shippingCompany?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Estimated arrival; Import and Transfer only.' })
  eta?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Estimated departure; Export only.' })
  etd?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Customs closing; Export only.' })
  closingCustoms?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Dangerous goods closing; Export only.' })
  closingDangerous?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Delivery closing; Export only.' })
  closingDelivery?: Date | null;
}

@InputType({ description: "A SOGET S'mouv transport order (customer order): containers with their events, for one customs flow." })
export class CreateSogetTransportOrderInput {
  @Field(() => String, { description: 'Your transport order number (1 to 256); unique per contractor.' })
  transportOrderNumber!: string;

  @Field(() => SogetCustomsFlagInput, { description: 'The customs flow.' })
  customsFlag!: SogetCustomsFlagInput;

  @Field(() => SogetActorInput, { nullable: true, description: "Who gives the order; your organization's actor when omitted." })
  contractor?: SogetActorInput | null;

  @Field(() => SogetActorInput, { description: 'Who carries the containers.' })
  carrier!: SogetActorInput;

  @Field(() => [SogetContainerInput], { description: 'The containers; at least one.' })
  containers!: SogetContainerInput[];

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Date of the order.' })
  date?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who made the order (max 256).' })
  sender?: string | null;

  @Field(() => String, { nullable: true, description: 'Importer or exporter reference (max 256).' })
  clientReference?: string | null;

  @Field(() => String, { nullable: true, description: 'About pricing (max 1024).' })
  priceInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'Instructions for the driver (max 1024).' })
  instructionsInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'Contract terms (max 1024).' })
  contractTermsInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'General comment (max 1024).' })
  comment?: string | null;

  @Field(() => SogetVoyageInput, { nullable: true, description: 'The voyage.' })
  voyage?: SogetVoyageInput | null;
}

@InputType({
  description:
    'Changes to a SOGET transport order. Omitted fields stay as they are; a given field replaces the current value as a whole ' +
    '(`containers`: the whole list, same containers in the same order). The customs flow, the number of containers and their numbers cannot change.',
})
export class UpdateSogetTransportOrderInput {
  @Field(() => String, { nullable: true, description: 'New transport order number.' })
  transportOrderNumber?: string | null;

  @Field(() => SogetStatusChangeInput, { nullable: true, description: 'Move a Draft order to Valid.' })
  status?: SogetStatusChangeInput | null;

  @Field(() => SogetActorInput, { nullable: true, description: 'Contractor.' })
  contractor?: SogetActorInput | null;

  @Field(() => SogetActorInput, { nullable: true, description: 'Carrier.' })
  carrier?: SogetActorInput | null;

  @Field(() => [SogetContainerInput], { nullable: true, description: 'All the containers, as they should be.' })
  containers?: SogetContainerInput[] | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Date of the order.' })
  date?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who made the order (max 256).' })
  sender?: string | null;

  @Field(() => String, { nullable: true, description: 'Importer or exporter reference (max 256).' })
  clientReference?: string | null;

  @Field(() => String, { nullable: true, description: 'About pricing (max 1024).' })
  priceInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'Instructions for the driver (max 1024).' })
  instructionsInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'Contract terms (max 1024).' })
  contractTermsInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'General comment (max 1024).' })
  comment?: string | null;

  @Field(() => SogetVoyageInput, { nullable: true, description: 'The voyage.' })
  voyage?: SogetVoyageInput | null;
}

@InputType({
  description:
    'A file attached to a SOGET order, sent to SOGET as a `files` part of its multipart create. Give either `file` (an Upload: any size up to the upload limit, streamed) or `contentBase64` (a small file inside a JSON request, for clients that cannot send multipart requests).',
})
export class SogetAttachmentInput {
  @Field(() => GraphQLUpload, {
    nullable: true,
    description:
      'The file, sent by the GraphQL multipart request spec (Apollo Client with apollo-upload-client, urql). At most UPLOAD_MAX_FILE_BYTES (default 20 MiB). Its name and media type are those of the file part unless `fileName` / `contentType` say otherwise.',
  })
  file?: UploadedFile | null;

  @Field(() => String, {
    nullable: true,
    description: "File name, e.g. delivery-note.pdf. Required with `contentBase64`; with `file`, the uploaded file's name by default.",
  })
  fileName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Media type, e.g. application/pdf. Required with `contentBase64`; with `file`, the uploaded file's type by default.",
  })
  contentType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The file content, base64-encoded, inside a JSON request (its size counts against MAX_BODY_BYTES, default 1 MB). Not with `file`.',
  })
  contentBase64?: string | null;
}

const sogetOrders = new MutationPipeline(ProviderKey.SOGET, SogetProvider);

@Resolver()
export class SogetResolver {
  @Mutation(() => Order, {
    description: "Create a transport order at SOGET S'mouv, with attached files. Input is checked against SOGET's rules before anything is sent.",
  })
  async createSogetTransportOrder(
    @Arg('input', () => CreateSogetTransportOrderInput, { description: 'The transport order.' }) input: CreateSogetTransportOrderInput,
    @Ctx() ctx: RequestContext,
    @Arg('attachments', () => [SogetAttachmentInput], { nullable: true, description: 'Files to attach (delivery notes, customs documents...).' })
    attachments?: SogetAttachmentInput[] | null,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'Same key and input: the same order, created once. Kept 24 h.' })
    idempotencyKey?: string | null,
  ): Promise<Order> {
    return sogetOrders.create(ctx, {
      mutation: 'createSogetTransportOrder',
      idempotencyKey,
      // Files count by name, type, size and SHA-256: the same file sent again (uploaded or in base64) is the same input.
      fingerprint: { input, attachments: attachments?.map(attachmentFingerprint) },
      send: (provider) => provider.createOrder({ input, attachments }),
      // A transport order number is unique per contractor: if the create's answer was lost, it finds the order.
      recover: (provider) => provider.findCreated(input),
    });
  }

  @Mutation(() => Order, {
    description:
      "Change a SOGET transport order. `revision` is the order's ETag as last read; if the order changed since, the answer is CONFLICT (with `currentRevision`) and nothing is changed.",
  })
  async updateSogetTransportOrder(
    @Arg('id', () => ID, { description: 'Global id of the SOGET order (soget:CDE...).' }) id: string,
    @Arg('revision', () => String, { description: 'The `revision` (ETag) of the order as you read it.' }) revision: string,
    @Arg('input', () => UpdateSogetTransportOrderInput, { description: 'The changes.' }) input: UpdateSogetTransportOrderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Order> {
    return sogetOrders.update(ctx, {
      id,
      check: () => {
        if (revision.trim() === '' || revision.length > 256) {
          throw new OrderGraphError(ErrorCode.BAD_USER_INPUT, "revision must be the order's revision as read", { field: 'revision', rule: 'length' });
        }
      },
      send: (provider, providerId) => provider.updateOrder(providerId, { revision, input }),
    });
  }
}
