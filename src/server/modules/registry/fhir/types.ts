/**
 * The subset of FHIR R4 data types the registry writes (https://hl7.org/fhir/R4/). Kept local so
 * that the server depends on no FHIR library at run time; tests validate the output against the
 * base R4 StructureDefinitions with an independent validator.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Identifier {
  use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  type?: CodeableConcept;
  system?: string;
  value?: string;
  period?: Period;
}

export interface Extension {
  url: string;
  valueCoding?: Coding;
  valueBoolean?: boolean;
  valueUnsignedInt?: number;
}

export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Address {
  extension?: Extension[];
  use?: 'work';
  type?: 'physical';
  text?: string;
  line?: string[];
  city?: string;
  district?: string;
  country?: string;
}

export interface HumanName {
  use?: 'official';
  text?: string;
  family?: string;
  given?: string[];
}

export interface Meta {
  lastUpdated?: string;
}

interface ResourceBase {
  id?: string;
  meta?: Meta;
  language?: string;
  extension?: Extension[];
}

export interface Organization extends ResourceBase {
  resourceType: 'Organization';
  identifier?: Identifier[];
  active?: boolean;
  type?: CodeableConcept[];
  name?: string;
  address?: Address[];
  contact?: { purpose?: CodeableConcept; name?: HumanName }[];
}

export interface Location extends ResourceBase {
  resourceType: 'Location';
  status?: 'active' | 'suspended' | 'inactive';
  name?: string;
  mode?: 'instance';
  type?: CodeableConcept[];
  physicalType?: CodeableConcept;
  address?: Address;
  managingOrganization?: Reference;
}

export interface Qualification {
  extension?: Extension[];
  identifier?: Identifier[];
  code: CodeableConcept;
}

export interface Practitioner extends ResourceBase {
  resourceType: 'Practitioner';
  identifier?: Identifier[];
  active?: boolean;
  name?: HumanName[];
  qualification?: Qualification[];
}

export interface PractitionerRole extends ResourceBase {
  resourceType: 'PractitionerRole';
  active?: boolean;
  period?: Period;
  practitioner?: Reference;
  organization?: Reference;
  location?: Reference[];
  code?: CodeableConcept[];
  specialty?: CodeableConcept[];
}

export type RegistryResource = Organization | Location | Practitioner | PractitionerRole;

export interface BundleEntry {
  fullUrl?: string;
  resource?: RegistryResource;
}

export interface Bundle {
  resourceType: 'Bundle';
  id?: string;
  meta?: Meta;
  type: 'collection';
  timestamp?: string;
  entry?: BundleEntry[];
}
